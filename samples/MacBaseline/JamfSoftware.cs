namespace Contoso.MacBaseline;

/// <summary>
/// The values the companion payloads name Jamf Connect by. README.md gives the source of each; the Team ID is Jamf's
/// Developer ID team as Jamf's own apps document it (check a Mac's copy with <c>codesign -dv</c>).
/// </summary>
internal static class JamfSoftware
{
    /// <summary>Jamf Connect's menu bar app (Jamf's sample notification profile for Jamf Connect names it).</summary>
    public const string JamfConnectBundleId = "com.jamf.connect";

    /// <summary>JAMF Software's Developer ID team, in Jamf's code requirements and managed login item rules for its apps.</summary>
    public const string TeamId = "483DWKW443";

    /// <summary>The login window's authorization host, which enables FileVault for Jamf Connect (Jamf's PPPC sample).</summary>
    public const string AuthorizationHostBundleId = "com.apple.authorizationhost";

    /// <summary>Its code requirement, as Jamf's PPPC sample for Jamf Connect writes it.</summary>
    public const string AuthorizationHostRequirement = "identifier \"com.apple.authorizationhost\" and anchor apple";
}
