using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Profiles;

namespace ProfileAsCode.Cli.Entra;

/// <summary>
/// The PROFILE arguments of the entra commands: a .mobileconfig (XML, binary or signed), a bare preference
/// plist, a folder of them, or a project folder (one holding a .csproj). A project folder stands for the
/// profiles its last build wrote to the default output, <c>bin/&lt;Configuration&gt;/&lt;TargetFramework&gt;/profiles/*.mobileconfig</c>:
/// of several such folders (Debug and Release, two frameworks) the one written last; the unsigned copies
/// <c>*.unsigned.mobileconfig</c> next to signed profiles are left out (same content).
/// </summary>
internal static class ProfileInputs
{
    public static IReadOnlyList<ProfileDocument> Read(IEnumerable<string> arguments, string? domain, Output output)
    {
        var paths = new List<string>();
        foreach (var argument in arguments)
        {
            paths.AddRange(IsProject(argument) ? BuiltProfiles(argument, output) : InputFiles.Expand([argument]));
        }

        return paths.Select(path =>
        {
            var file = ProfileFileReader.Read(path);
            return ProfileDocument.From(file.Path, file.Root, domain);
        }).ToList();
    }

    private static bool IsProject(string argument) =>
        Directory.Exists(argument) && Directory.EnumerateFiles(argument, "*.csproj").Any();

    private static IReadOnlyList<string> BuiltProfiles(string project, Output output)
    {
        var bin = Path.Combine(project, "bin");
        var folders = Directory.Exists(bin)
            ? Directory.EnumerateDirectories(bin).SelectMany(Directory.EnumerateDirectories)
                .Select(framework => Path.Combine(framework, "profiles"))
                .Where(Directory.Exists)
                .Select(folder => (Folder: folder, Profiles: Profiles(folder)))
                .Where(found => found.Profiles.Count > 0)
                .ToList()
            : [];
        if (folders.Count == 0)
        {
            throw CliException.InFile(project, "is a project folder, but no built profiles are under bin/<Configuration>/<TargetFramework>/profiles/; run dotnet build first, or give the .mobileconfig files");
        }

        var newest = folders.MaxBy(found => found.Profiles.Max(File.GetLastWriteTimeUtc));
        if (folders.Count > 1)
        {
            output.Info($"{project}: checking the profiles built last, in {newest.Folder}");
        }

        return newest.Profiles;
    }

    private static List<string> Profiles(string folder)
    {
        var all = Directory.EnumerateFiles(folder, "*.mobileconfig").Order(StringComparer.Ordinal).ToList();
        const string Unsigned = ".unsigned.mobileconfig";
        return all.Where(path => !(path.EndsWith(Unsigned, StringComparison.OrdinalIgnoreCase)
            && all.Contains(path[..^Unsigned.Length] + ".mobileconfig", StringComparer.Ordinal))).ToList();
    }
}
