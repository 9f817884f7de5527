using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>
/// Realistic profiles written the way other tools write them: every Jamf Connect key group, both
/// payload forms, an unknown domain, values that need escaping. Envelopes carry the keys the
/// records pin (Scope, RemovalDisallowed, payload display names), so a rebuild must match exactly.
/// </summary>
internal static class Corpus
{
    public const string Tenant = "9f1c8b2e-4d3a-4c5b-8e6f-7a8b9c0d1e2f";
    public const string ClientId = "1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b";
    public const string ApiAppId = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";

    public static PlistDictionary JamfConnectLoginSettings() => Dict(
        // Authentication
        ("OIDCProvider", "EntraID"),
        ("OIDCClientID", ClientId),
        ("OIDCRedirectURI", "https://127.0.0.1/jamfconnect"),
        ("OIDCTenant", Tenant),
        ("OIDCDiscoveryURL", "https://login.microsoftonline.com/" + Tenant + "/v2.0/.well-known/openid-configuration"),
        ("OIDCUsePassthroughAuth", false),
        ("ChangePasswordURL", "https://mysignins.microsoft.com/security-info/password/change"),
        // Advanced
        ("OIDCIgnoreCookies", true),
        ("OIDCScopes", "openid+profile+email"),
        ("OIDCFullName", "name"),
        ("OIDCShortName", "preferred_username"),
        ("OIDCIDTokenPath", "/Users/Shared/idtoken"),
        ("OIDCIDTokenPathRaw", "/Users/Shared/idtoken.raw"),
        ("UseUserInfo", false),
        // Roles
        ("OIDCAdminAttribute", "roles"),
        ("OIDCAdmin", Strings("admin", "Mac Admins")),
        ("OIDCIgnoreAdmin", false),
        ("OIDCSecondaryAccess", Strings("helpdesk")),
        ("CreateAdminUser", false),
        // Initial password
        ("OIDCNewPassword", false),
        ("OIDCROPGID", ClientId),
        ("CreateJamfConnectPassword", true),
        ("ROPGSuccessCodes", Strings("AADSTS50076", "AADSTS50158")),
        // Hybrid ID
        ("ROPGProvider", "Azure_v2"),
        ("ROPGTenant", Tenant),
        ("ROPGRedirectURI", "https://127.0.0.1/jamfconnect"),
        ("ROPGScopes", $"api://{ApiAppId}/jamfconnect+openid+email+profile"),
        // Local accounts and migration
        ("DenyLocal", false),
        ("DenyLocalExcluded", Strings("localadmin")),
        ("LocalFallback", true),
        ("OIDCDefaultLocal", false),
        ("Migrate", true),
        ("MigrateUsersHide", Strings("jamfadmin", "_mbsetupuser")),
        ("DemobilizeUsers", true),
        // FileVault
        ("EnableFDE", true),
        ("EnableFDERecoveryKey", true),
        ("EnableFDERecoveryKeyPath", "/var/db/jamfconnect/recovery.plist"),
        ("LAPSUser", "lapsadmin"),
        // Scripts and EULA
        ("ScriptPath", "/usr/local/bin/first-login.sh"),
        ("ScriptArgs", Strings("--quiet", "--user=$USER")),
        ("EULAPath", "/Library/Application Support/Contoso/eula"),
        ("EULAText", "By signing in you accept the \"Acceptable Use\" policy.\nSection 2\t(tabbed) \\ backslash — ünïcödé 🎉"),
        ("EULATitle", "Contoso terms"),
        ("EULASubTitle", "Please read"),
        // Branding and help
        ("BackgroundImage", "/Library/Application Support/Contoso/background.jpg"),
        ("LoginLogo", "/Library/Application Support/Contoso/logo.png"),
        ("LoginWindowMessage", "Sign in with your Contoso account"),
        ("LoginWindowSize", Dict(("height", 600L), ("width", 800L))),
        ("AllowNetworkSelection", true),
        ("HelpURL", "https://help.contoso.com/mac"),
        ("HelpURLLogo", "/Library/Application Support/Contoso/help.png"),
        ("LocalHelpFile", "/Library/Application Support/Contoso/help.html"),
        ("LicenseFile", new byte[] { 0x00, 0x01, 0x7F, 0x80, 0xFF, (byte)'L', (byte)'I', (byte)'C' }),
        // Okta MFA naming (written even for Entra by some admins)
        ("MessageOTPEntry", "Enter your one-time code"),
        ("MFARename", Dict(("push", "Okta Verify push"), ("google:token:software:totp", "Google Authenticator"))),
        ("MFAExcluded", Strings("sms")),
        // PAM
        ("AuthUIOIDCProvider", "EntraID"),
        ("AuthUIOIDCClientID", ClientId),
        ("AuthUIOIDCRedirectURI", "https://127.0.0.1/jamfconnect"),
        ("AuthUIOIDCTenant", Tenant),
        // A key the typed record does not model: kept through [AdditionalKeys]
        ("FutureSetting", Dict(("Enabled", true), ("Levels", Array(1L, "two", 3.5)))));

    public static PlistDictionary JamfConnectMenuBarSettings() => Dict(
        ("IdPSettings", Dict(
            ("Provider", "EntraID"),
            ("ROPGID", ClientId),
            ("TenantID", Tenant),
            ("ChangePasswordURL", "https://mysignins.microsoft.com/security-info/password/change"),
            ("ResetPasswordURL", "https://passwordreset.microsoftonline.com/"),
            ("SuccessCodes", Strings("AADSTS50076")),
            ("ROPGScopes", $"api://{ApiAppId}/jamfconnect+openid+email+profile"))),
        ("SignIn", Dict(
            ("AutoAuthenticate", true), ("AutoMFA", false), ("RequireSignIn", true), ("SignInLogo", "/Library/Contoso/logo.png"),
            ("UsernameLabel", "Contoso e-mail"), ("PasswordLabel", "Password"), ("WindowTitle", "Contoso sign-in"),
            ("MFARename", Dict(("sms", "Text message"))), ("MFAExcluded", Strings("question")), ("OneTimePasswordMessage", "Code"))),
        ("PasswordPolicies", Dict(
            ("ExpirationCountdownStartDay", 5L), ("ExpirationNotificationStartDay", 14L), ("NetworkCheck", 15L),
            ("SyncPasswordsMessage", "Your passwords are out of sync"),
            ("PolicyRequirements", Dict(("minLength", 12L), ("minLowerCase", 1L), ("minMatches", 3L), ("minNumber", 1L), ("minSymbol", 1L), ("minUpperCase", 1L))),
            ("PolicyMessage", "12 characters, three kinds"))),
        ("Kerberos", Dict(("Realm", "CONTOSO.COM"), ("AutoRenewTickets", true), ("GetTicketsAtSignIn", true), ("ShortName", "jdoe"),
            ("ShortNameAttribute", "samAccountName"), ("AskForShortName", false), ("AskForShortNameMessage", "AD user name"))),
        ("Keychain", Dict(
            ("InternetItems", Dict(("https://intranet.contoso.com", "intranet"))),
            ("PasswordItems", Dict(("com.contoso.vpn", Dict(("Account", "vpn"), ("Sync", true))))))),
        ("Certificate", Dict(("WindowsCA", "ca.contoso.com"), ("CertificateTemplate", "User"), ("GetCertificateAutomatically", true),
            ("SecureNetworks", Strings("Contoso-WiFi")), ("ExportableCertificateKey", false))),
        ("Scripting", Dict(("OnPasswordChange", "/usr/local/bin/on-change.sh"), ("OnAuthSuccess", "/usr/local/bin/ok.sh"),
            ("OnAuthFailure", "/usr/local/bin/fail.sh"), ("OnNetworkChange", "/usr/local/bin/net.sh"))),
        ("Appearance", Dict(("MenubarIcon", "/Library/Contoso/icon.png"), ("MenubarIconDark", "/Library/Contoso/icon-dark.png"), ("ShowWelcomeWindow", false))),
        ("CustomMenuItems", Dict(("About", "About Contoso Connect"), ("GetHelp", "Call the help desk"), ("Shares", "File shares"))),
        ("HiddenMenuItems", Strings("resetpassword", "GetSoftware")),
        ("UserHelp", Dict(("HelpType", "URL"), ("HelpOptions", "https://help.contoso.com"), ("SoftwarePath", "/Applications/Self Service.app"))),
        ("WebBrowser", Dict(("LaunchBrowser", true))),
        ("Unlock", Dict(("EnableUnlock", true), ("RequirePIN", false))),
        ("FutureTopLevel", "kept as a raw key"));

    /// <summary>A third-party domain the library has no record for, with every plist type and awkward keys.</summary>
    public static PlistDictionary UnknownDomainSettings() => Dict(
        ("enabled", true),
        ("class", "a C# keyword as key"),
        ("2fa-mode", "digits first"),
        ("Retry Count", 3L),
        ("retry_count", 4L),
        ("negative", -42L),
        ("huge", new PlistInteger(ulong.MaxValue)),
        ("beyondInt", 5_000_000_000L),
        ("ratio", 0.1),
        ("whole", 2.0),
        ("empty", ""),
        ("when", new PlistDate(new DateTime(2026, 3, 1, 12, 30, 5, DateTimeKind.Utc))),
        ("blob", new byte[] { 1, 2, 3, 250 }),
        ("emptyBlob", System.Array.Empty<byte>()),
        ("names", Strings("a", "b \"quoted\"")),
        ("counts", Array(1L, 2L, 3L)),
        ("nothing", PlistArray.Empty),
        ("mixed", Array(1L, "two", Dict(("three", 3L)), Array(true, false))),
        ("servers", Array(Dict(("host", "a.contoso.com"), ("port", 443L)), Dict(("host", "b.contoso.com")))),
        ("nested", Dict(("level", 1L), ("deeper", Dict(("level", 2L), ("empty", PlistDictionary.Empty))))),
        ("unicode", "日本語 — \u2028 line separator"));

    public static PlistDictionary Profile(
        string identifier,
        string uuid,
        PreferencePayloadForm form,
        params (string Domain, string Identifier, string Uuid, string DisplayName, PlistDictionary Settings)[] payloads)
    {
        var content = payloads.Select(p => (PlistValue)(form == PreferencePayloadForm.Direct
            ? Direct(p.Domain, p.Identifier, p.Uuid, p.DisplayName, p.Settings)
            : Mcx(p.Domain, p.Identifier, p.Uuid, p.DisplayName, p.Settings)));
        return Dict(
            ("PayloadIdentifier", identifier),
            ("PayloadUUID", uuid),
            ("PayloadType", "Configuration"),
            ("PayloadVersion", 1L),
            ("PayloadDisplayName", "Contoso Jamf Connect"),
            ("PayloadDescription", "Entra ID sign-in with ROPG password checks"),
            ("PayloadOrganization", "Contoso Ltd"),
            ("PayloadScope", "System"),
            ("PayloadRemovalDisallowed", true),
            ("PayloadContent", new PlistArray(content)));
    }

    public static PlistDictionary Direct(string domain, string identifier, string uuid, string displayName, PlistDictionary settings)
    {
        var envelope = Dict(
            ("PayloadIdentifier", identifier), ("PayloadUUID", uuid), ("PayloadType", domain), ("PayloadVersion", 1L), ("PayloadDisplayName", displayName));
        return new PlistDictionary(envelope.Concat(settings));
    }

    public static PlistDictionary Mcx(string domain, string identifier, string uuid, string displayName, PlistDictionary settings) => Dict(
        ("PayloadIdentifier", identifier),
        ("PayloadUUID", uuid),
        ("PayloadType", "com.apple.ManagedClient.preferences"),
        ("PayloadVersion", 1L),
        ("PayloadDisplayName", displayName),
        ("PayloadContent", Dict((domain, Dict(("Forced", Array(Dict(("mcx_preference_settings", settings)))))))));

    /// <summary>The Jamf Connect pair as Jamf Pro exports it: identifier = UUID, custom display names.</summary>
    public static PlistDictionary JamfConnect(PreferencePayloadForm form) => Profile(
        "8E9C5F0A-1B2C-4D3E-8F40-5A6B7C8D9E0F",
        "8E9C5F0A-1B2C-4D3E-8F40-5A6B7C8D9E0F",
        form,
        ("com.jamf.connect.login", "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6", "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6", "Jamf Connect Login (Entra)", JamfConnectLoginSettings()),
        ("com.jamf.connect", "com.contoso.jamfconnect.menubar", "0A1B2C3D-4E5F-4607-8899-AABBCCDDEEFF", "Menu bar", JamfConnectMenuBarSettings()));

    public static PlistDictionary UnknownDomain() => Profile(
        "com.contoso.exampleapp",
        "44D1C1F6-3E0B-4C55-9D7A-0B6E0E5B7A11",
        PreferencePayloadForm.Direct,
        ("com.example.app", "com.contoso.exampleapp.settings", "6C1E7F0B-2A4D-4B8E-9C3F-1D2E3F4A5B6C", "Example app", UnknownDomainSettings()));
}
