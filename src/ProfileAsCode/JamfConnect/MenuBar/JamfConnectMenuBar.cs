using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary>
/// The Jamf Connect menu bar app (up to 2.45.1) and Self Service+ (from 3.0), preference domain
/// <c>com.jamf.connect</c>. <c>com.jamf.selfserviceplus</c> is Self Service+'s bundle ID, not a settings
/// domain. (Jamf, "Self Service+ Authentication Settings"; third-party extension attribute, github.com/SudoSunshine/jamf-connect-3X-ea; third-party troubleshooting script, github.com/Sunshine-was-here/jamf-connect-troubleshooting) Keys and types of the groups follow the 2.x schema (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload) and Jamf's examples (Jamf's samples, github.com/jamf/jamfconnect).
/// Outside <c>IdPSettings</c> the sources give only keys and types, so the one-line meanings of those
/// keys are read from their names, not from Jamf's documentation.
/// </summary>
[PreferenceDomain(JamfConnectKeys.MenuBarDomain, DisplayName = "Jamf Connect Menu Bar and Self Service+")]
public sealed record JamfConnectMenuBar
{
    /// <summary><c>IdPSettings</c> (dictionary): how the app authenticates and checks passwords. (Jamf, "Self Service+ Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.IdPSettings)]
    public MenuBarIdPSettings? IdPSettings { get; init; }

    /// <summary><c>SignIn</c> (dictionary): the sign-in window and when it appears. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.SignIn)]
    public MenuBarSignIn? SignIn { get; init; }

    /// <summary><c>PasswordPolicies</c> (dictionary): password expiry notices, sync checks and local policy. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.PasswordPolicies)]
    public MenuBarPasswordPolicies? PasswordPolicies { get; init; }

    /// <summary><c>Kerberos</c> (dictionary): Kerberos tickets. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.Kerberos)]
    public MenuBarKerberos? Kerberos { get; init; }

    /// <summary><c>Keychain</c> (dictionary): keychain items kept in sync with the IdP password. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.Keychain)]
    public MenuBarKeychain? Keychain { get; init; }

    /// <summary><c>Certificate</c> (dictionary): certificates from a Windows CA. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.Certificate)]
    public MenuBarCertificate? Certificate { get; init; }

    /// <summary><c>Scripting</c> (dictionary): scripts run on events. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.Scripting)]
    public MenuBarScripting? Scripting { get; init; }

    /// <summary><c>Appearance</c> (dictionary): menu bar icon and welcome window. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.Appearance)]
    public MenuBarAppearance? Appearance { get; init; }

    /// <summary><c>CustomMenuItems</c> (dictionary): labels that replace the default menu item titles. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.CustomMenuItems)]
    public MenuBarCustomMenuItems? CustomMenuItems { get; init; }

    /// <summary><c>HiddenMenuItems</c> (array of strings): menu items to hide, e.g. <c>ChangePassword</c>,
    /// <c>GetSoftware</c>. Jamf's examples also write <c>resetpassword</c> in lower case; whether names are
    /// case-sensitive is UNCERTAIN. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload; Jamf's samples, github.com/jamf/jamfconnect)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.HiddenMenuItems)]
    public IReadOnlyList<string>? HiddenMenuItems { get; init; }

    /// <summary><c>UserHelp</c> (dictionary): what Get Help opens. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.UserHelp)]
    public MenuBarUserHelp? UserHelp { get; init; }

    /// <summary><c>WebBrowser</c> (dictionary): browser behaviour. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.WebBrowser)]
    public MenuBarWebBrowser? WebBrowser { get; init; }

    /// <summary><c>Unlock</c> (dictionary): unlocking with Jamf Connect. Seen in Jamf's examples only. (Jamf's samples, github.com/jamf/jamfconnect)</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.Unlock)]
    public MenuBarUnlock? Unlock { get; init; }

    /// <summary><c>TemporaryUserPermissions</c> (dictionary): privilege elevation — standard users request
    /// temporary admin rights from the menu bar / Self Service+. (Jamf, "Privilege Elevation Settings")</summary>
    [PayloadKey(JamfConnectKeys.MenuBar.TemporaryUserPermissions)]
    public MenuBarTemporaryUserPermissions? TemporaryUserPermissions { get; init; }

    /// <summary>Raw keys for settings this record does not model yet. A key may not repeat a typed key or a Payload* key.</summary>
    [AdditionalKeys]
    public IReadOnlyDictionary<string, object?>? AdditionalKeys { get; init; }
}
