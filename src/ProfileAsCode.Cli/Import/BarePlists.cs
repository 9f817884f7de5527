using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// Bare preference plists (the keys of one domain, as Jamf Pro's Application &amp; Custom Settings take them) have no
/// profile around them: alone, each becomes a profile named by its domain; with <c>--identifier</c>, all of them
/// become the payloads of one profile with that identifier.
/// </summary>
internal static class BarePlists
{
    /// <summary>The profile identifier a document is imported with: its own, or for a bare plist its domain.</summary>
    public static string IdentifierOf(ProfileDocument document) =>
        document.IsBarePreferences ? document.Payloads[0].Domain : document.Identifier ?? "";

    /// <summary>One profile holding every bare plist's settings as a payload, in the order given.</summary>
    /// <exception cref="CliException">One of the documents is a configuration profile.</exception>
    public static ProfileDocument Merge(IReadOnlyList<ProfileDocument> documents, string identifier)
    {
        if (documents.FirstOrDefault(d => !d.IsBarePreferences) is { } profile)
        {
            throw CliException.InFile(profile.Path, "is a configuration profile; --identifier puts bare preference plists into one profile (import profiles without it)");
        }

        return new ProfileDocument(documents[0].Path, PlistDictionary.Empty, isBarePreferences: true, documents.SelectMany(d => d.Payloads).ToList());
    }
}
