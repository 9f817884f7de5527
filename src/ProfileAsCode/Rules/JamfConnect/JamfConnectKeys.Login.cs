namespace ProfileAsCode.Rules.JamfConnect;

// Keys of com.jamf.connect.login, grouped like the JamfConnectLogin record files. Types, pages and versions: JamfConnectKeyTable.
internal static partial class JamfConnectKeys
{
    // Advanced
    public const string OidcAuthServer = "OIDCAuthServer";
    public const string OidcIgnoreCookies = "OIDCIgnoreCookies";
    public const string OidcScopes = "OIDCScopes";
    public const string OidcFullName = "OIDCFullName";
    public const string OidcShortName = "OIDCShortName";
    public const string OidcIdTokenPath = "OIDCIDTokenPath";
    public const string OidcIdTokenPathRaw = "OIDCIDTokenPathRaw";
    public const string UseUserInfo = "UseUserInfo";

    // Authentication
    public const string OidcProvider = "OIDCProvider";
    public const string AuthServer = "AuthServer";
    public const string OidcClientId = "OIDCClientID";
    public const string OidcRedirectUri = "OIDCRedirectURI";
    public const string OidcClientSecret = "OIDCClientSecret";
    public const string OidcTenant = "OIDCTenant";
    public const string OidcDiscoveryUrl = "OIDCDiscoveryURL";
    public const string OidcUsePassthroughAuth = "OIDCUsePassthroughAuth";
    public const string ChangePasswordUrl = "ChangePasswordURL";

    // Branding
    public const string BackgroundImage = "BackgroundImage";
    public const string LoginLogo = "LoginLogo";
    public const string LoginWindowMessage = "LoginWindowMessage";
    public const string LoginWindowSize = "LoginWindowSize";
    public const string AllowNetworkSelection = "AllowNetworkSelection";
    public const string HelpUrl = "HelpURL";
    public const string HelpUrlLogo = "HelpURLLogo";
    public const string LocalHelpFile = "LocalHelpFile";
    public const string LicenseFile = "LicenseFile";

    // FileVault
    public const string EnableFde = "EnableFDE";
    public const string EnableFdeRecoveryKey = "EnableFDERecoveryKey";
    public const string EnableFdeRecoveryKeyPath = "EnableFDERecoveryKeyPath";
    public const string LapsUser = "LAPSUser";

    // Hybrid
    public const string RopgProvider = "ROPGProvider";
    public const string RopgTenant = "ROPGTenant";
    public const string RopgDiscoveryUrl = "ROPGDiscoveryURL";
    public const string RopgRedirectUri = "ROPGRedirectURI";
    public const string RopgClientSecret = "ROPGClientSecret";
    public const string RopgScopes = "ROPGScopes";

    // LocalAccounts
    public const string DenyLocal = "DenyLocal";
    public const string DenyLocalExcluded = "DenyLocalExcluded";
    public const string LocalFallback = "LocalFallback";
    public const string OidcDefaultLocal = "OIDCDefaultLocal";
    public const string OidcLocalAuthButton = "OIDCLocalAuthButton";
    public const string Migrate = "Migrate";
    public const string MigrateUsersHide = "MigrateUsersHide";
    public const string DemobilizeUsers = "DemobilizeUsers";
    public const string CreateNewUserHide = "CreateNewUserHide";

    // Okta
    public const string MessageOtpEntry = "MessageOTPEntry";
    public const string MfaRename = "MFARename";
    public const string MfaExcluded = "MFAExcluded";

    // Pam
    public const string AuthUiOidcProvider = "AuthUIOIDCProvider";
    public const string AuthUiOidcClientId = "AuthUIOIDCClientID";
    public const string AuthUiOidcRedirectUri = "AuthUIOIDCRedirectURI";
    public const string AuthUiOidcTenant = "AuthUIOIDCTenant";
    public const string AuthUiOidcClientSecret = "AuthUIOIDCClientSecret";
    public const string AuthUiOidcDiscoveryUrl = "AuthUIOIDCDiscoveryURL";

    // Passwords
    public const string OidcNewPassword = "OIDCNewPassword";
    public const string OidcRopgId = "OIDCROPGID";
    public const string CreateJamfConnectPassword = "CreateJamfConnectPassword";
    public const string RopgSuccessCodes = "ROPGSuccessCodes";

    // Roles
    public const string OidcAdminAttribute = "OIDCAdminAttribute";
    public const string OidcAdmin = "OIDCAdmin";
    public const string OidcIgnoreAdmin = "OIDCIgnoreAdmin";
    public const string OidcSecondaryAccess = "OIDCSecondaryAccess";
    public const string CreateAdminUser = "CreateAdminUser";
    public const string OidcAccessClientId = "OIDCAccessClientID";
    public const string OidcAdminClientId = "OIDCAdminClientID";
    public const string OidcSecondaryLoginClientId = "OIDCSecondaryLoginClientID";

    // Scripts
    public const string ScriptPath = "ScriptPath";
    public const string ScriptArgs = "ScriptArgs";
    public const string EulaPath = "EULAPath";
    public const string EulaText = "EULAText";
    public const string EulaTitle = "EULATitle";
    public const string EulaSubTitle = "EULASubTitle";
}
