using ProfileAsCode.PropertyList;

using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// Branding and help of the login window. (Jamf, "Login Window Custom Branding Settings"; community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
public sealed partial record JamfConnectLogin
{
    /// <summary><c>BackgroundImage</c> (string): path of the login window's background image. (Jamf, "Login Window Custom Branding Settings")</summary>
    [PayloadKey(JamfConnectKeys.BackgroundImage)]
    public string? BackgroundImage { get; init; }

    /// <summary><c>LoginLogo</c> (string): path of the logo shown above the sign-in form. (Jamf, "Login Window Custom Branding Settings")</summary>
    [PayloadKey(JamfConnectKeys.LoginLogo)]
    public string? LoginLogo { get; init; }

    /// <summary><c>LoginWindowMessage</c> (string): one line of text shown in the login window. (Jamf, "Login Window Custom Branding Settings")</summary>
    [PayloadKey(JamfConnectKeys.LoginWindowMessage)]
    public string? LoginWindowMessage { get; init; }

    /// <summary><c>LoginWindowSize</c>: size of the login window. Its type is UNCERTAIN,
    /// so any plist value is accepted as written. (Jamf, "Login Window Custom Branding Settings")</summary>
    [PayloadKey(JamfConnectKeys.LoginWindowSize)]
    public PlistValue? LoginWindowSize { get; init; }

    /// <summary><c>AllowNetworkSelection</c> (boolean): let users pick a Wi-Fi network in the login window. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.AllowNetworkSelection)]
    public bool? AllowNetworkSelection { get; init; }

    /// <summary><c>HelpURL</c> (string): web page the help button opens. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.HelpUrl)]
    [AbsoluteUri("https", "http")]
    public string? HelpUrl { get; init; }

    /// <summary><c>HelpURLLogo</c> (string): icon of the help button. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.HelpUrlLogo)]
    public string? HelpUrlLogo { get; init; }

    /// <summary><c>LocalHelpFile</c> (string): local file shown by the help button when offline. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.LocalHelpFile)]
    public string? LocalHelpFile { get; init; }

    /// <summary><c>LicenseFile</c> (data): the Jamf Connect licence. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.LicenseFile)]
    public byte[]? LicenseFile { get; init; }
}
