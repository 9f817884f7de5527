using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Diffing;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.JamfPro;
using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// The plan's payload comparison is <c>diff</c>'s: both sides read as <see cref="ProfileDocument"/> and compared by
/// <see cref="ProfileDiff"/>, so <c>jamf plan</c> says exactly what <c>profile-as-code diff</c> says about the same two
/// profiles (in-place update, removal and reinstall, added, removed).
/// </summary>
internal sealed class DiffEngineDiffer : IProfileDiffer
{
    /// <summary>How the server's copy is named until the plan knows which server profile it is.</summary>
    public const string ServerCopy = "the Jamf Pro copy";

    public const string Upload = "the profile to upload";

    public IProfileDifference Compare(PlistDictionary onServer, PlistDictionary toUpload)
    {
        var upload = ProfileDocument.From(Upload, toUpload, bareDomain: null);
        try
        {
            var server = ProfileDocument.From(ServerCopy, onServer, bareDomain: null);
            return new DiffEngineDifference(server, upload, ProfileDiff.Compare(server, upload), Unreadable: null);
        }
        catch (CliException e)
        {
            // The server holds something that is not a configuration profile (edited by hand, or by another tool):
            // nothing to compare with; apply replaces it.
            return new DiffEngineDifference(null, upload, null, SafeText.Of(e.Message));
        }
    }
}

/// <summary>The comparison as <c>diff</c> made it, kept for the plan's renderers (text, markdown, JSON).</summary>
/// <param name="Server">The server's copy as read, or null when it is not a configuration profile.</param>
/// <param name="Result">The comparison, or null when the server's copy could not be compared.</param>
/// <param name="Unreadable">Why the server's copy could not be compared.</param>
internal sealed record DiffEngineDifference(ProfileDocument? Server, ProfileDocument Upload, ProfileDiffResult? Result, string? Unreadable) : IProfileDifference
{
    public bool HasDifferences => Result?.HasDifferences ?? true;

    public IReadOnlyList<string> Describe() => Result is null
        ? [$"the server copy cannot be compared ({Unreadable}); apply replaces it"]
        : DiffRenderer.Lines(Result).Select(line => CiLogText.Line(line.Line)).ToList();
}
