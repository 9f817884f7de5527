namespace ProfileAsCode.JamfConnect;

/// <summary>
/// The Jamf Connect menu bar app (up to 2.45.1) and Self Service+ (from 3.0), preference domain
/// <c>com.jamf.connect</c>. <c>com.jamf.selfserviceplus</c> is Self Service+'s bundle ID, not a settings
/// domain. [LJ-MB], [EA3X], [JCP] Keys and types of the groups follow the 2.x schema [KD] and Jamf's examples [JC-REPO].
/// Outside <c>IdPSettings</c> the sources give only keys and types, so the one-line meanings of those
/// keys are read from their names, not from Jamf's documentation.
/// </summary>
[PreferenceDomain("com.jamf.connect", DisplayName = "Jamf Connect Menu Bar and Self Service+")]
public sealed record JamfConnectMenuBar
{
    /// <summary><c>IdPSettings</c> (dictionary): how the app authenticates and checks passwords. [LJ-MB]</summary>
    [PayloadKey("IdPSettings")]
    public MenuBarIdPSettings? IdPSettings { get; init; }

    /// <summary><c>SignIn</c> (dictionary): the sign-in window and when it appears. [KD]</summary>
    [PayloadKey("SignIn")]
    public MenuBarSignIn? SignIn { get; init; }

    /// <summary><c>PasswordPolicies</c> (dictionary): password expiry notices, sync checks and local policy. [KD]</summary>
    [PayloadKey("PasswordPolicies")]
    public MenuBarPasswordPolicies? PasswordPolicies { get; init; }

    /// <summary><c>Kerberos</c> (dictionary): Kerberos tickets. [KD]</summary>
    [PayloadKey("Kerberos")]
    public MenuBarKerberos? Kerberos { get; init; }

    /// <summary><c>Keychain</c> (dictionary): keychain items kept in sync with the IdP password. [KD]</summary>
    [PayloadKey("Keychain")]
    public MenuBarKeychain? Keychain { get; init; }

    /// <summary><c>Certificate</c> (dictionary): certificates from a Windows CA. [KD]</summary>
    [PayloadKey("Certificate")]
    public MenuBarCertificate? Certificate { get; init; }

    /// <summary><c>Scripting</c> (dictionary): scripts run on events. [KD]</summary>
    [PayloadKey("Scripting")]
    public MenuBarScripting? Scripting { get; init; }

    /// <summary><c>Appearance</c> (dictionary): menu bar icon and welcome window. [KD]</summary>
    [PayloadKey("Appearance")]
    public MenuBarAppearance? Appearance { get; init; }

    /// <summary><c>CustomMenuItems</c> (dictionary): labels that replace the default menu item titles. [KD]</summary>
    [PayloadKey("CustomMenuItems")]
    public MenuBarCustomMenuItems? CustomMenuItems { get; init; }

    /// <summary><c>HiddenMenuItems</c> (array of strings): menu items to hide, e.g. <c>ChangePassword</c>,
    /// <c>GetSoftware</c>. Jamf's examples also write <c>resetpassword</c> in lower case; whether names are
    /// case-sensitive is UNCERTAIN. [KD], [JC-REPO]</summary>
    [PayloadKey("HiddenMenuItems")]
    public IReadOnlyList<string>? HiddenMenuItems { get; init; }

    /// <summary><c>UserHelp</c> (dictionary): what Get Help opens. [KD]</summary>
    [PayloadKey("UserHelp")]
    public MenuBarUserHelp? UserHelp { get; init; }

    /// <summary><c>WebBrowser</c> (dictionary): browser behaviour. [KD]</summary>
    [PayloadKey("WebBrowser")]
    public MenuBarWebBrowser? WebBrowser { get; init; }

    /// <summary><c>Unlock</c> (dictionary): unlocking with Jamf Connect. Seen in Jamf's examples only. [JC-REPO]</summary>
    [PayloadKey("Unlock")]
    public MenuBarUnlock? Unlock { get; init; }

    /// <summary>Raw keys for settings this record does not model yet. A key may not repeat a typed key or a Payload* key.</summary>
    [AdditionalKeys]
    public IReadOnlyDictionary<string, object?>? AdditionalKeys { get; init; }
}
