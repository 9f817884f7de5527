using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Input;

/// <summary>Command-line FILE arguments, where a folder stands for its profiles (so an admin can point at an export folder).</summary>
internal static class InputFiles
{
    private static readonly string[] ProfileExtensions = [".mobileconfig", ".plist"];

    /// <summary>Files as given; each folder replaced by its .mobileconfig and .plist files (not recursive), in ordinal order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (!Directory.Exists(argument))
            {
                files.Add(argument);
                continue;
            }

            var found = Directory.EnumerateFiles(argument)
                .Where(f => ProfileExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (found.Count == 0)
            {
                throw CliException.InFile(argument, "this folder has no .mobileconfig or .plist files");
            }

            files.AddRange(found);
        }

        return files;
    }
}
