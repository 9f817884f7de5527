using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Diffing;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// A planned profile as <c>diff</c>'s model (<see cref="ProfilePair"/>), so the plan is rendered by <c>diff</c>'s own
/// renderers: an update is the server's copy (old) against the profile apply uploads (new); a create is a profile
/// added; a delete is a profile removed.
/// </summary>
internal static class PlanPairs
{
    /// <returns>The pair, or null when there is nothing to compare (an ambiguous profile, a server copy that cannot be read).</returns>
    public static ProfilePair? Of(PlannedProfile item)
    {
        switch (item.Action)
        {
            case PlannedAction.Create:
                var created = Entry(item.Built!.Path, item.Desired!);
                return created is null ? null : new ProfilePair(ProfileStatus.Added, null, created, ProfileDiff.Whole(created.Profile, PayloadOutcome.Added));

            case PlannedAction.Update or PlannedAction.Unchanged when item.Difference is DiffEngineDifference { Server: { } server, Result: { } result } difference:
                return new ProfilePair(
                    item.Action == PlannedAction.Update ? ProfileStatus.Changed : ProfileStatus.Unchanged,
                    new ProfileEntry(ServerName(item.Server!), Renamed(server, ServerName(item.Server!))),
                    new ProfileEntry(item.Built!.Path, Renamed(difference.Upload, item.Built.Path)),
                    result);

            case PlannedAction.Delete or PlannedAction.Orphaned when item.Server?.Plist is { } plist:
                var removed = Entry(ServerName(item.Server), plist);
                return removed is null ? null : new ProfilePair(ProfileStatus.Removed, removed, null, ProfileDiff.Whole(removed.Profile, PayloadOutcome.Removed));

            default:
                return null;
        }
    }

    /// <summary>How a server profile is named where a file name would be: <c>Jamf Pro id 12 "Name"</c> (made safe).</summary>
    public static string ServerName(ServerProfile server) => "Jamf Pro " + server;

    private static ProfileEntry? Entry(string name, PlistDictionary root)
    {
        try
        {
            return new ProfileEntry(name, ProfileDocument.From(name, root, bareDomain: null));
        }
        catch (CliException)
        {
            // Not a configuration profile (a server copy edited by hand): there is no table to show.
            return null;
        }
    }

    private static ProfileDocument Renamed(ProfileDocument document, string path) =>
        new(path, document.Root, document.IsBarePreferences, document.Payloads);
}
