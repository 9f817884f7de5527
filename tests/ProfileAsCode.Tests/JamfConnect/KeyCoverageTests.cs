using System.Reflection;
using ProfileAsCode.JamfConnect;

namespace ProfileAsCode.Tests.JamfConnect;

/// <summary>
/// The records cover every key Jamf's pages (and, where noted in the key table, samples and the community schema)
/// name, spelled exactly. The lists below are copied by hand from those pages; JamfConnectKeyTableTests checks the
/// table against the records.
/// </summary>
public class KeyCoverageTests
{
    public static readonly string[] LoginKeys =
    [
        // Authentication
        "OIDCProvider", "AuthServer", "OIDCClientID", "OIDCRedirectURI", "OIDCClientSecret", "OIDCTenant", "OIDCDiscoveryURL", "OIDCUsePassthroughAuth", "ChangePasswordURL",
        // Advanced
        "OIDCAuthServer", "OIDCIgnoreCookies", "OIDCScopes", "OIDCFullName", "OIDCShortName", "OIDCIDTokenPath", "OIDCIDTokenPathRaw", "UseUserInfo",
        // Roles
        "OIDCAdminAttribute", "OIDCAdmin", "OIDCIgnoreAdmin", "OIDCSecondaryAccess", "CreateAdminUser", "OIDCAccessClientID", "OIDCAdminClientID", "OIDCSecondaryLoginClientID",
        // Initial password
        "OIDCNewPassword", "OIDCROPGID", "CreateJamfConnectPassword", "ROPGSuccessCodes",
        // Hybrid / ROPG
        "ROPGProvider", "ROPGTenant", "ROPGDiscoveryURL", "ROPGRedirectURI", "ROPGClientSecret", "ROPGScopes",
        // Local, migration, FileVault, scripts, EULA, branding, help
        "DenyLocal", "DenyLocalExcluded", "LocalFallback", "OIDCDefaultLocal", "OIDCLocalAuthButton",
        "Migrate", "MigrateUsersHide", "DemobilizeUsers", "CreateNewUserHide",
        "EnableFDE", "EnableFDERecoveryKey", "EnableFDERecoveryKeyPath", "LAPSUser",
        "ScriptPath", "ScriptArgs",
        "EULAPath", "EULAText", "EULATitle", "EULASubTitle",
        "BackgroundImage", "LoginLogo", "LoginWindowMessage", "LoginWindowSize",
        "AllowNetworkSelection", "HelpURL", "HelpURLLogo", "LocalHelpFile",
        // Okta MFA, PAM, licence
        "MessageOTPEntry", "MFARename", "MFAExcluded",
        "AuthUIOIDCProvider", "AuthUIOIDCClientID", "AuthUIOIDCRedirectURI", "AuthUIOIDCTenant", "AuthUIOIDCClientSecret", "AuthUIOIDCDiscoveryURL",
        "LicenseFile",
    ];

    public static TheoryData<Type, string[]> MenuBarGroups => new()
    {
        { typeof(JamfConnectMenuBar), ["IdPSettings", "Appearance", "SignIn", "PasswordPolicies", "Kerberos", "Keychain", "Certificate", "Scripting", "CustomMenuItems", "HiddenMenuItems", "UserHelp", "WebBrowser", "Unlock", "TemporaryUserPermissions"] },
        { typeof(MenuBarTemporaryUserPermissions), ["TemporaryUserPromotion", "UserPromotionTimer", "UserPromotionDuration", "VerifyUserPromotion", "VerifyUserPromotionFIDO2", "UserPromotionLimit", "UserPromotionReason", "UserPromotionChoices", "UserPromotionRole", "UserPromotionBiometrics", "URLCommandLineElevation"] },
        { typeof(UserPromotionRole), ["Duration", "Name", "OIDCAdminAttribute", "Provider"] },
        { typeof(MenuBarIdPSettings), ["Provider", "OktaAuthServer", "ROPGID", "DiscoveryURL", "TenantID", "ChangePasswordURL", "ResetPasswordURL", "ClientSecret", "SuccessCodes", "OIDCClientID", "ROPGScopes"] },
        { typeof(MenuBarAppearance), ["MenubarIcon", "MenubarIconDark", "ShowWelcomeWindow"] },
        { typeof(MenuBarSignIn), ["AutoAuthenticate", "AutoMFA", "AutoOpenAppAtLogin", "RequireSignIn", "SignInLogo", "UsernameLabel", "PasswordLabel", "WindowTitle", "MFARename", "MFAExcluded", "OneTimePasswordMessage"] },
        { typeof(MenuBarPasswordPolicies), ["ExpirationCountdownStartDay", "ExpirationNotificationStartDay", "NetworkCheck", "SyncPasswordsMessage", "PolicyRequirements", "PolicyMessage"] },
        { typeof(PasswordPolicyRequirements), ["minLength", "minLowerCase", "minMatches", "minNumber", "minSymbol", "minUpperCase"] },
        { typeof(MenuBarKerberos), ["Realm", "AutoRenewTickets", "GetTicketsAtSignIn", "ShortName", "ShortNameAttribute", "AskForShortName", "AskForShortNameMessage"] },
        { typeof(MenuBarKeychain), ["InternetItems", "PasswordItems"] },
        { typeof(MenuBarCertificate), ["WindowsCA", "CertificateTemplate", "GetCertificateAutomatically", "SecureNetworks", "ExportableCertificateKey"] },
        { typeof(MenuBarScripting), ["OnPasswordChange", "OnAuthSuccess", "OnAuthFailure", "OnNetworkChange"] },
        { typeof(MenuBarCustomMenuItems), ["About", "Actions", "ChangePassword", "ResetPassword", "GetHelp", "GetSoftware", "HomeDirectory", "KerberosTickets", "Preferences", "Shares", "Connect"] },
        { typeof(MenuBarUserHelp), ["HelpType", "HelpOptions", "SoftwarePath"] },
        { typeof(MenuBarWebBrowser), ["LaunchBrowser"] },
        { typeof(MenuBarUnlock), ["EnableUnlock", "RequirePIN"] },
        { typeof(MfaFactorNames), ["push", "question", "web", "sms", "google:token:software:totp", "okta:token:software:totp", "token:hardware"] },
    };

    [Fact]
    public void Login_CoversEveryReferenceKey()
    {
        Assert.Equal(LoginKeys.Order(StringComparer.Ordinal), KeysOf(typeof(JamfConnectLogin)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MenuBarGroups))]
    public void MenuBarGroup_CoversEveryReferenceKey(Type record, string[] keys)
    {
        Assert.Equal(keys.Order(StringComparer.Ordinal), KeysOf(record).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(typeof(JamfConnectLogin), "com.jamf.connect.login")]
    [InlineData(typeof(JamfConnectMenuBar), "com.jamf.connect")]
    public void Records_DeclareTheirDomain(Type record, string domain)
    {
        Assert.Equal(domain, record.GetCustomAttribute<PreferenceDomainAttribute>()?.Domain);
    }

    /// <summary>Keys of a vendor record: every property but [AdditionalKeys] must spell its key with [PayloadKey].</summary>
    private static IEnumerable<string> KeysOf(Type record)
    {
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.IsDefined(typeof(AdditionalKeysAttribute)))
            {
                continue;
            }

            var key = property.GetCustomAttribute<PayloadKeyAttribute>();
            Assert.True(key is not null, $"{record.Name}.{property.Name} has no [PayloadKey]");
            Assert.True(IsOptional(property), $"{record.Name}.{property.Name} must be nullable so that 'not set' is possible");
            yield return key.Key;
        }
    }

    private static bool IsOptional(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;
}
