using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfConnect;

// Branding and help of the login window. [LJ-BRAND], [KD]
public sealed partial record JamfConnectLogin
{
    /// <summary><c>BackgroundImage</c> (string): path of the login window's background image. [LJ-BRAND]</summary>
    [PayloadKey("BackgroundImage")]
    public string? BackgroundImage { get; init; }

    /// <summary><c>LoginLogo</c> (string): path of the logo shown above the sign-in form. [LJ-BRAND]</summary>
    [PayloadKey("LoginLogo")]
    public string? LoginLogo { get; init; }

    /// <summary><c>LoginWindowMessage</c> (string): one line of text shown in the login window. [LJ-BRAND]</summary>
    [PayloadKey("LoginWindowMessage")]
    public string? LoginWindowMessage { get; init; }

    /// <summary><c>LoginWindowSize</c>: size of the login window. Its type is UNCERTAIN (reference §6.2),
    /// so any plist value is accepted as written. [LJ-BRAND]</summary>
    [PayloadKey("LoginWindowSize")]
    public PlistValue? LoginWindowSize { get; init; }

    /// <summary><c>AllowNetworkSelection</c> (boolean): let users pick a Wi-Fi network in the login window. [KD]</summary>
    [PayloadKey("AllowNetworkSelection")]
    public bool? AllowNetworkSelection { get; init; }

    /// <summary><c>HelpURL</c> (string): web page the help button opens. [KD]</summary>
    [PayloadKey("HelpURL")]
    [AbsoluteUri("https", "http")]
    public string? HelpUrl { get; init; }

    /// <summary><c>HelpURLLogo</c> (string): icon of the help button. [KD]</summary>
    [PayloadKey("HelpURLLogo")]
    public string? HelpUrlLogo { get; init; }

    /// <summary><c>LocalHelpFile</c> (string): local file shown by the help button when offline. [KD]</summary>
    [PayloadKey("LocalHelpFile")]
    public string? LocalHelpFile { get; init; }

    /// <summary><c>LicenseFile</c> (data): the Jamf Connect licence. [KD]</summary>
    [PayloadKey("LicenseFile")]
    public byte[]? LicenseFile { get; init; }
}
