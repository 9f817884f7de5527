using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.JamfPro;
using ProfileAsCode.JamfPro.Profiles;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// The PROFILES of <c>jamf plan</c> and <c>jamf apply</c>: built <c>.mobileconfig</c> files, XML, binary or CMS-signed,
/// read like every other command reads them (<see cref="ProfileFileReader"/>), each checked to be a whole profile
/// plan and apply can match. Every file is read before any request is sent: a bad one is exit 2 with nothing sent.
/// </summary>
internal static class BuiltProfiles
{
    private const string Extension = ".mobileconfig";
    private const string UnsignedCompanion = ".unsigned" + Extension;

    public static IReadOnlyList<BuiltProfile> Load(IEnumerable<string> arguments) => Expand(arguments).Select(Load).ToList();

    /// <summary>
    /// Files as given; a folder stands for its <c>.mobileconfig</c> files (not recursive, ordinal order). Bare
    /// <c>.plist</c> files in a folder are preference files, not profiles, and are left out; so is the unsigned copy
    /// a signing build writes beside each signed profile (<c>NAME.unsigned.mobileconfig</c> next to
    /// <c>NAME.mobileconfig</c>, ProfileAsCodeWriteUnsigned), which is the same profile.
    /// </summary>
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

            var found = Directory.EnumerateFiles(argument, "*" + Extension)
                .Where(f => f.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
                .ToList();
            var profiles = found
                .Where(f => !f.EndsWith(UnsignedCompanion, StringComparison.OrdinalIgnoreCase)
                    || !found.Contains(f[..^UnsignedCompanion.Length] + Extension, StringComparer.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (profiles.Count == 0)
            {
                throw CliException.InFile(argument, "this folder has no .mobileconfig files; give the folder the build wrote its profiles to (bin/<Configuration>/<TargetFramework>/profiles)");
            }

            files.AddRange(profiles);
        }

        return files;
    }

    private static BuiltProfile Load(string path)
    {
        var file = ProfileFileReader.Read(path);
        if (file.Signature is { Verified: false } signature)
        {
            throw CliException.InFile(path, $"the profile is signed but its signature does not verify ({signature.Problem}); it may have been changed since it was signed: build it again");
        }

        try
        {
            return BuiltProfile.From(path, file.Root, signed: file.Signature is not null);
        }
        catch (JamfProException e)
        {
            throw new CliException(e.Message);
        }
    }
}
