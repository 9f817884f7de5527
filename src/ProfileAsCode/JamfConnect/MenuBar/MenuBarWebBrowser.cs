using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>WebBrowser</c> of <c>com.jamf.connect</c>. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public sealed record MenuBarWebBrowser
{
    /// <summary><c>LaunchBrowser</c> (boolean): open the default browser after sign-in.</summary>
    [PayloadKey(JamfConnectKeys.WebBrowser.LaunchBrowser)]
    public bool? LaunchBrowser { get; init; }
}
