using ProfileAsCode.Rules.Keys;
using static ProfileAsCode.Rules.JamfConnect.JamfConnectKeys;
using T = ProfileAsCode.Rules.Keys.PlistType;
using P = ProfileAsCode.Rules.JamfConnect.JamfConnectPages;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// Every key of <c>com.jamf.connect.login</c> and <c>com.jamf.connect</c> this project knows: type, the page that
/// documents it, the first version that reads it where a page says, and whether a Jamf page confirms name, place
/// and type (<see cref="KeySpec.Verified"/>; otherwise the source is a sample or a third party and the type is not
/// enforced). Key names come from <see cref="JamfConnectKeys"/>, the same constants the records' [PayloadKey] use;
/// a test checks records and table agree, and docs/jamf-connect-keys.md is generated from this table.
/// </summary>
internal static class JamfConnectKeyTable
{
    private static KeyTable? table;

    public static KeyTable Instance => table ??= new KeyTable(Keys(), new Dictionary<string, string>
    {
        [LoginDomain] = "the login window (" + LoginDomain + ")",
        [MenuBarDomain] = "the menu bar and Self Service+ (" + MenuBarDomain + ")",
    });

    private static KeySpec L(string path, PlistType type, string page, PlistType item = T.Any, bool verified = true, string? same = null, string? label = null, string? since = null, string? note = null) =>
        new(LoginDomain, path, type, page, item, sameSettingIn: same, label: label, since: since, verified: verified, note: note);

    private static KeySpec M(string path, PlistType type, string page, PlistType item = T.Any, bool verified = true, bool freeForm = false, string? same = null, string? label = null, string? since = null, string? note = null) =>
        new(MenuBarDomain, path, type, page, item, freeForm, since, verified, same, label, note);

    private static KeySpec[] Keys() => new[]
    {
        // Login window: authentication
        L(OidcProvider, T.String, P.LoginAuthentication, same: MenuBarProvider),
        L(AuthServer, T.String, P.LoginAuthentication, same: MenuBarOktaAuthServer),
        L(OidcClientId, T.String, P.LoginAuthentication),
        L(OidcRedirectUri, T.String, P.LoginAuthentication),
        L(OidcClientSecret, T.String, P.LoginAuthentication, same: MenuBarClientSecret),
        L(OidcTenant, T.String, P.LoginAuthentication, same: MenuBarTenantId),
        L(OidcDiscoveryUrl, T.String, P.LoginAuthentication, same: MenuBarDiscoveryUrl),
        L(OidcUsePassthroughAuth, T.Boolean, P.LoginAuthentication),
        L(ChangePasswordUrl, T.String, P.LoginAuthentication, same: MenuBarChangePasswordUrl),

        // Login window: advanced
        L(OidcAuthServer, T.String, P.AdvancedLogin),
        L(OidcIgnoreCookies, T.Boolean, P.AdvancedLogin),
        L(OidcScopes, T.String, P.AdvancedLogin),
        L(OidcFullName, T.String, P.AdvancedLogin),
        L(OidcShortName, T.String, P.AdvancedLogin),
        L(OidcIdTokenPath, T.String, P.AdvancedLogin),
        L(OidcIdTokenPathRaw, T.String, P.CommunitySchema, verified: false),
        L(UseUserInfo, T.Boolean, P.Samples, verified: false, note: "only in Jamf's PingFederate sample"),

        // Login window: user roles
        L(OidcAdminAttribute, T.String, P.UserRoles),
        L(OidcAdmin, T.Array, P.UserRoles, item: T.String),
        L(OidcIgnoreAdmin, T.Boolean, P.UserRoles),
        L(OidcSecondaryAccess, T.Any, P.UserRoles, note: "type not shown on the page"),
        L(CreateAdminUser, T.Boolean, P.CommunitySchema, verified: false),
        L(OidcAccessClientId, T.String, P.AdvancedLogin),
        L(OidcAdminClientId, T.String, P.CommunitySchema, verified: false),
        L(OidcSecondaryLoginClientId, T.String, P.UserRoles),

        // Login window: initial password
        L(OidcNewPassword, T.Boolean, P.InitialPassword),
        L(OidcRopgId, T.String, P.InitialPassword, label: "ROPG Client ID", same: MenuBarRopgId),
        L(CreateJamfConnectPassword, T.Boolean, P.InitialPassword),
        L(RopgSuccessCodes, T.Array, P.InitialPassword, item: T.String, same: MenuBarSettingsPrefix + JamfConnectKeys.IdPSettings.SuccessCodes),

        // Login window: Entra ID hybrid / AD FS
        L(RopgProvider, T.String, P.HybridId),
        L(RopgTenant, T.String, P.HybridId, label: "ROPG Tenant"),
        L(RopgDiscoveryUrl, T.String, P.HybridId),
        L(RopgRedirectUri, T.String, P.HybridId),
        L(RopgClientSecret, T.String, P.HybridId),
        L(RopgScopes, T.String, P.ConditionalAccess, label: "ROPG Scopes", verified: false, note: "Jamf's Conditional Access guide names the field \"ROPG Scopes\" (Connect tab) and Jamf's 2.17 PDF the key ROPGScopes; no key reference lists it"),

        // Login window: local accounts and migration
        L(DenyLocal, T.Boolean, P.LocalAuthentication),
        L(DenyLocalExcluded, T.Array, P.LocalAuthentication, item: T.String),
        L(LocalFallback, T.Boolean, P.LocalAuthentication),
        L(OidcDefaultLocal, T.Boolean, P.LocalAuthentication),
        L(OidcLocalAuthButton, T.String, P.Samples, verified: false, note: "only in Jamf's CyberArk sample"),
        L(Migrate, T.Boolean, P.AccountMigration),
        L(MigrateUsersHide, T.Array, P.AccountMigration, item: T.String),
        L(CreateNewUserHide, T.Boolean, P.AccountMigration),
        L(DemobilizeUsers, T.Boolean, P.AccountMigration),

        // Login window: branding and help
        L(BackgroundImage, T.String, P.LoginBranding),
        L(LoginLogo, T.String, P.LoginBranding),
        L(LoginWindowMessage, T.String, P.LoginBranding),
        L(LoginWindowSize, T.Any, P.LoginBranding, note: "type not shown in the sources"),
        L(AllowNetworkSelection, T.Boolean, P.LoginHelp),
        L(HelpUrl, T.String, P.LoginHelp),
        L(HelpUrlLogo, T.String, P.CommunitySchema, verified: false),
        L(LocalHelpFile, T.String, P.CommunitySchema, verified: false),
        L(LicenseFile, T.Data, P.CommunitySchema, verified: false),

        // Login window: FileVault, scripts, EULA
        L(EnableFde, T.Boolean, P.CommunitySchema, verified: false),
        L(EnableFdeRecoveryKey, T.Boolean, P.CommunitySchema, verified: false),
        L(EnableFdeRecoveryKeyPath, T.String, P.CommunitySchema, verified: false),
        L(LapsUser, T.String, P.CommunitySchema, verified: false),
        L(ScriptPath, T.String, P.CommunitySchema, verified: false),
        L(ScriptArgs, T.Array, P.CommunitySchema, item: T.String, verified: false),
        L(EulaPath, T.String, P.CommunitySchema, verified: false),
        L(EulaText, T.String, P.CommunitySchema, verified: false),
        L(EulaTitle, T.String, P.CommunitySchema, verified: false),
        L(EulaSubTitle, T.String, P.CommunitySchema, verified: false),

        // Login window: Okta MFA
        L(MessageOtpEntry, T.String, P.CommunitySchema, verified: false),
        L(MfaRename, T.Dictionary, P.CommunitySchema, verified: false, same: MenuBar.SignIn + "." + SignIn.MfaRename),
        L(MfaRename + "." + MfaFactorNames.Push, T.String, P.CommunitySchema, verified: false),
        L(MfaRename + "." + MfaFactorNames.Question, T.String, P.CommunitySchema, verified: false),
        L(MfaRename + "." + MfaFactorNames.Web, T.String, P.CommunitySchema, verified: false),
        L(MfaRename + "." + MfaFactorNames.Sms, T.String, P.CommunitySchema, verified: false),
        L(MfaRename + "." + MfaFactorNames.GoogleAuthenticator, T.String, P.CommunitySchema, verified: false),
        L(MfaRename + "." + MfaFactorNames.OktaVerifyCode, T.String, P.CommunitySchema, verified: false),
        L(MfaRename + "." + MfaFactorNames.HardwareToken, T.String, P.CommunitySchema, verified: false),
        L(MfaExcluded, T.Array, P.CommunitySchema, item: T.String, verified: false, same: MenuBar.SignIn + "." + SignIn.MfaExcluded),

        // Login window: PAM (authorization UI)
        L(AuthUiOidcProvider, T.String, P.CommunitySchema, verified: false),
        L(AuthUiOidcClientId, T.String, P.CommunitySchema, verified: false),
        L(AuthUiOidcRedirectUri, T.String, P.CommunitySchema, verified: false),
        L(AuthUiOidcTenant, T.String, P.CommunitySchema, verified: false),
        L(AuthUiOidcClientSecret, T.String, P.CommunitySchema, verified: false),
        L(AuthUiOidcDiscoveryUrl, T.String, P.CommunitySchema, verified: false),

        // Menu bar / Self Service+: IdPSettings
        M(MenuBar.IdPSettings, T.Dictionary, P.MenuBarAuthentication),
        M(MenuBarProvider, T.String, P.MenuBarAuthentication, same: OidcProvider),
        M(MenuBarOktaAuthServer, T.String, P.MenuBarAuthentication, same: AuthServer),
        M(MenuBarRopgId, T.String, P.MenuBarAuthentication, label: "ROPG Client ID", same: OidcRopgId),
        M(MenuBarDiscoveryUrl, T.String, P.MenuBarAuthentication, same: OidcDiscoveryUrl),
        M(MenuBarTenantId, T.String, P.MenuBarAuthentication, label: "ROPG Tenant", same: OidcTenant),
        M(MenuBarChangePasswordUrl, T.String, P.MenuBarAuthentication, same: ChangePasswordUrl),
        M(MenuBarResetPasswordUrl, T.String, P.MenuBarAuthentication),
        M(MenuBarClientSecret, T.String, P.MenuBarPreferences28, same: OidcClientSecret),
        M(MenuBarSettingsPrefix + JamfConnectKeys.IdPSettings.SuccessCodes, T.Array, P.MenuBarPreferences28, item: T.String, same: RopgSuccessCodes),
        M(MenuBarSettingsPrefix + JamfConnectKeys.IdPSettings.OidcClientId, T.String, P.Samples, verified: false, note: "named only by a third-party script for Okta Identity Engine"),
        M(MenuBarSettingsPrefix + JamfConnectKeys.IdPSettings.RopgScopes, T.String, P.ConditionalAccess, verified: false, note: "the Connect tab's \"ROPG Scopes\" field; where the menu bar reads it is not documented"),

        // Menu bar / Self Service+: SignIn
        M(MenuBar.SignIn, T.Dictionary, P.MenuBarSignIn),
        M(MenuBar.SignIn + "." + SignIn.AutoAuthenticate, T.Boolean, P.MenuBarSignIn),
        M(MenuBar.SignIn + "." + SignIn.AutoMfa, T.Boolean, P.MenuBarSignIn),
        M(MenuBar.SignIn + "." + SignIn.AutoOpenAppAtLogin, T.Boolean, P.MenuBarSignIn),
        M(MenuBar.SignIn + "." + SignIn.RequireSignIn, T.Boolean, P.MenuBarSignIn),
        M(MenuBar.SignIn + "." + SignIn.UsernameLabel, T.String, P.MenuBarSignIn),
        M(MenuBar.SignIn + "." + SignIn.PasswordLabel, T.String, P.MenuBarSignIn),
        M(MenuBar.SignIn + "." + SignIn.SignInLogo, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.SignIn + "." + SignIn.WindowTitle, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.SignIn + "." + SignIn.MfaRename, T.Dictionary, P.CommunitySchema, verified: false, same: MfaRename),
        M(MenuBar.SignIn + "." + SignIn.MfaRename + "." + MfaFactorNames.Push, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.SignIn + "." + SignIn.MfaRename + "." + MfaFactorNames.Question, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.SignIn + "." + SignIn.MfaRename + "." + MfaFactorNames.Web, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.SignIn + "." + SignIn.MfaRename + "." + MfaFactorNames.Sms, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.SignIn + "." + SignIn.MfaRename + "." + MfaFactorNames.GoogleAuthenticator, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.SignIn + "." + SignIn.MfaRename + "." + MfaFactorNames.OktaVerifyCode, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.SignIn + "." + SignIn.MfaRename + "." + MfaFactorNames.HardwareToken, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.SignIn + "." + SignIn.MfaExcluded, T.Array, P.CommunitySchema, item: T.String, verified: false, same: MfaExcluded),
        M(MenuBar.SignIn + "." + SignIn.OneTimePasswordMessage, T.String, P.CommunitySchema, verified: false),

        // Menu bar / Self Service+: privilege elevation (the 2.x menu bar app read it too; first version not documented)
        M(MenuBar.TemporaryUserPermissions, T.Dictionary, P.PrivilegeElevation),
        M(Elevation(TemporaryUserPermissions.TemporaryUserPromotion), T.Boolean, P.PrivilegeElevation),
        M(Elevation(TemporaryUserPermissions.UserPromotionTimer), T.Boolean, P.PrivilegeElevation),
        M(Elevation(TemporaryUserPermissions.UserPromotionDuration), T.Integer, P.PrivilegeElevation),
        M(Elevation(TemporaryUserPermissions.VerifyUserPromotion), T.Boolean, P.PrivilegeElevation),
        M(Elevation(TemporaryUserPermissions.VerifyUserPromotionFido2), T.Boolean, P.PrivilegeElevation),
        M(Elevation(TemporaryUserPermissions.UserPromotionLimit), T.Integer, P.PrivilegeElevation),
        M(Elevation(TemporaryUserPermissions.UserPromotionReason), T.Boolean, P.PrivilegeElevation),
        M(Elevation(TemporaryUserPermissions.UserPromotionChoices), T.Array, P.PrivilegeElevation, item: T.String),
        M(Elevation(TemporaryUserPermissions.UserPromotionRole), T.Array, P.ConfiguringPrivilegeElevation, item: T.Dictionary),
        M(Elevation(TemporaryUserPermissions.UserPromotionBiometrics), T.Boolean, P.SelfServicePlusElevationBlog, verified: false, note: "Jamf's page describes Touch ID verification; the key name is from a third-party blog"),
        M(Elevation(TemporaryUserPermissions.UrlCommandLineElevation), T.Boolean, P.SelfServicePlusElevationBlog, verified: false, note: "Jamf's page names the option \"URL Scheme and Command Line Elevation\"; the key name is from a third-party blog"),

        // Menu bar / Self Service+: other settings
        M(MenuBar.OfflineMfaReminder, T.Any, P.OfflineMfa, since: "3.0", verified: false, note: "\"available for configuration with Self Service+\"; its place (top level) and type are not documented"),
        M(MenuBar.PasswordPolicies, T.Dictionary, P.CommunitySchema, verified: false),
        M(MenuBar.PasswordPolicies + "." + PasswordPolicies.ExpirationCountdownStartDay, T.Integer, P.CommunitySchema, verified: false),
        M(MenuBar.PasswordPolicies + "." + PasswordPolicies.ExpirationNotificationStartDay, T.Integer, P.CommunitySchema, verified: false),
        M(MenuBar.PasswordPolicies + "." + PasswordPolicies.NetworkCheck, T.Integer, P.CommunitySchema, verified: false),
        M(MenuBar.PasswordPolicies + "." + PasswordPolicies.SyncPasswordsMessage, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.PasswordPolicies + "." + PasswordPolicies.PolicyRequirements, T.Dictionary, P.CommunitySchema, verified: false),
        M(PolicyRequirement(PasswordPolicyRequirements.MinLength), T.Integer, P.CommunitySchema, verified: false),
        M(PolicyRequirement(PasswordPolicyRequirements.MinLowerCase), T.Integer, P.CommunitySchema, verified: false),
        M(PolicyRequirement(PasswordPolicyRequirements.MinMatches), T.Integer, P.CommunitySchema, verified: false),
        M(PolicyRequirement(PasswordPolicyRequirements.MinNumber), T.Integer, P.CommunitySchema, verified: false),
        M(PolicyRequirement(PasswordPolicyRequirements.MinSymbol), T.Integer, P.CommunitySchema, verified: false),
        M(PolicyRequirement(PasswordPolicyRequirements.MinUpperCase), T.Integer, P.CommunitySchema, verified: false),
        M(MenuBar.PasswordPolicies + "." + PasswordPolicies.PolicyMessage, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Kerberos, T.Dictionary, P.CommunitySchema, verified: false),
        M(MenuBar.Kerberos + "." + Kerberos.Realm, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Kerberos + "." + Kerberos.AutoRenewTickets, T.Boolean, P.CommunitySchema, verified: false),
        M(MenuBar.Kerberos + "." + Kerberos.GetTicketsAtSignIn, T.Boolean, P.CommunitySchema, verified: false),
        M(MenuBar.Kerberos + "." + Kerberos.ShortName, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Kerberos + "." + Kerberos.ShortNameAttribute, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Kerberos + "." + Kerberos.AskForShortName, T.Boolean, P.CommunitySchema, verified: false),
        M(MenuBar.Kerberos + "." + Kerberos.AskForShortNameMessage, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Keychain, T.Dictionary, P.CommunitySchema, verified: false),
        M(MenuBar.Keychain + "." + Keychain.InternetItems, T.Dictionary, P.CommunitySchema, verified: false, freeForm: true),
        M(MenuBar.Keychain + "." + Keychain.PasswordItems, T.Dictionary, P.CommunitySchema, verified: false, freeForm: true),
        M(MenuBar.Certificate, T.Dictionary, P.CommunitySchema, verified: false),
        M(MenuBar.Certificate + "." + Certificate.WindowsCa, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Certificate + "." + Certificate.CertificateTemplate, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Certificate + "." + Certificate.GetCertificateAutomatically, T.Boolean, P.CommunitySchema, verified: false),
        M(MenuBar.Certificate + "." + Certificate.SecureNetworks, T.Array, P.CommunitySchema, item: T.String, verified: false),
        M(MenuBar.Certificate + "." + Certificate.ExportableCertificateKey, T.Boolean, P.CommunitySchema, verified: false),
        M(MenuBar.Scripting, T.Dictionary, P.CommunitySchema, verified: false),
        M(MenuBar.Scripting + "." + Scripting.OnPasswordChange, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Scripting + "." + Scripting.OnAuthSuccess, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Scripting + "." + Scripting.OnAuthFailure, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Scripting + "." + Scripting.OnNetworkChange, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Appearance, T.Dictionary, P.CommunitySchema, verified: false),
        M(MenuBar.Appearance + "." + Appearance.MenubarIcon, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Appearance + "." + Appearance.MenubarIconDark, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.Appearance + "." + Appearance.ShowWelcomeWindow, T.Boolean, P.CommunitySchema, verified: false),
        M(MenuBar.CustomMenuItems, T.Dictionary, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.About), T.String, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.Actions), T.String, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.ChangePassword), T.String, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.ResetPassword), T.String, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.GetHelp), T.String, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.GetSoftware), T.String, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.HomeDirectory), T.String, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.KerberosTickets), T.String, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.Preferences), T.String, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.Shares), T.String, P.CommunitySchema, verified: false),
        M(MenuItem(CustomMenuItems.Connect), T.String, P.CommunitySchema, verified: false),
        M(MenuBar.HiddenMenuItems, T.Array, P.CommunitySchema, item: T.String, verified: false),
        M(MenuBar.UserHelp, T.Dictionary, P.CommunitySchema, verified: false),
        M(MenuBar.UserHelp + "." + UserHelp.HelpType, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.UserHelp + "." + UserHelp.HelpOptions, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.UserHelp + "." + UserHelp.SoftwarePath, T.String, P.CommunitySchema, verified: false),
        M(MenuBar.WebBrowser, T.Dictionary, P.CommunitySchema, verified: false),
        M(MenuBar.WebBrowser + "." + WebBrowser.LaunchBrowser, T.Boolean, P.CommunitySchema, verified: false),
        M(MenuBar.Unlock, T.Dictionary, P.Samples, verified: false, note: "only in Jamf's samples"),
        M(MenuBar.Unlock + "." + Unlock.EnableUnlock, T.Boolean, P.Samples, verified: false),
        M(MenuBar.Unlock + "." + Unlock.RequirePin, T.Boolean, P.Samples, verified: false),
    };

    private static string Elevation(string key) => MenuBar.TemporaryUserPermissions + "." + key;

    private static string PolicyRequirement(string key) => MenuBar.PasswordPolicies + "." + PasswordPolicies.PolicyRequirements + "." + key;

    private static string MenuItem(string key) => MenuBar.CustomMenuItems + "." + key;
}
