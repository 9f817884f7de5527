namespace ProfileAsCode.Rules.JamfConnect;

// Keys of com.jamf.connect: one class per dictionary, named like its record without "MenuBar". Types, pages and versions: JamfConnectKeyTable.
internal static partial class JamfConnectKeys
{
    /// <summary>Top-level keys of <c>com.jamf.connect</c>.</summary>
    public static class MenuBar
    {
        public const string IdPSettings = "IdPSettings";
        public const string SignIn = "SignIn";
        public const string PasswordPolicies = "PasswordPolicies";
        public const string Kerberos = "Kerberos";
        public const string Keychain = "Keychain";
        public const string Certificate = "Certificate";
        public const string Scripting = "Scripting";
        public const string Appearance = "Appearance";
        public const string CustomMenuItems = "CustomMenuItems";
        public const string HiddenMenuItems = "HiddenMenuItems";
        public const string UserHelp = "UserHelp";
        public const string WebBrowser = "WebBrowser";
        public const string Unlock = "Unlock";
        public const string TemporaryUserPermissions = "TemporaryUserPermissions";
        public const string OfflineMfaReminder = "OfflineMFAReminder";
    }

    /// <summary>Keys of <c>Appearance</c>.</summary>
    public static class Appearance
    {
        public const string MenubarIcon = "MenubarIcon";
        public const string MenubarIconDark = "MenubarIconDark";
        public const string ShowWelcomeWindow = "ShowWelcomeWindow";
    }

    /// <summary>Keys of <c>Certificate</c>.</summary>
    public static class Certificate
    {
        public const string WindowsCa = "WindowsCA";
        public const string CertificateTemplate = "CertificateTemplate";
        public const string GetCertificateAutomatically = "GetCertificateAutomatically";
        public const string SecureNetworks = "SecureNetworks";
        public const string ExportableCertificateKey = "ExportableCertificateKey";
    }

    /// <summary>Keys of <c>CustomMenuItems</c>.</summary>
    public static class CustomMenuItems
    {
        public const string About = "About";
        public const string Actions = "Actions";
        public const string ChangePassword = "ChangePassword";
        public const string ResetPassword = "ResetPassword";
        public const string GetHelp = "GetHelp";
        public const string GetSoftware = "GetSoftware";
        public const string HomeDirectory = "HomeDirectory";
        public const string KerberosTickets = "KerberosTickets";
        public const string Preferences = "Preferences";
        public const string Shares = "Shares";
        public const string Connect = "Connect";
    }

    /// <summary>Keys of <c>IdPSettings</c>.</summary>
    public static class IdPSettings
    {
        public const string Provider = "Provider";
        public const string OktaAuthServer = "OktaAuthServer";
        public const string RopgId = "ROPGID";
        public const string DiscoveryUrl = "DiscoveryURL";
        public const string TenantId = "TenantID";
        public const string ChangePasswordUrl = "ChangePasswordURL";
        public const string ResetPasswordUrl = "ResetPasswordURL";
        public const string ClientSecret = "ClientSecret";
        public const string SuccessCodes = "SuccessCodes";
        public const string OidcClientId = "OIDCClientID";
        public const string RopgScopes = "ROPGScopes";
    }

    /// <summary>Keys of <c>Kerberos</c>.</summary>
    public static class Kerberos
    {
        public const string Realm = "Realm";
        public const string AutoRenewTickets = "AutoRenewTickets";
        public const string GetTicketsAtSignIn = "GetTicketsAtSignIn";
        public const string ShortName = "ShortName";
        public const string ShortNameAttribute = "ShortNameAttribute";
        public const string AskForShortName = "AskForShortName";
        public const string AskForShortNameMessage = "AskForShortNameMessage";
    }

    /// <summary>Keys of <c>Keychain</c>.</summary>
    public static class Keychain
    {
        public const string InternetItems = "InternetItems";
        public const string PasswordItems = "PasswordItems";
    }

    /// <summary>Keys of <c>PasswordPolicies</c>.</summary>
    public static class PasswordPolicies
    {
        public const string ExpirationCountdownStartDay = "ExpirationCountdownStartDay";
        public const string ExpirationNotificationStartDay = "ExpirationNotificationStartDay";
        public const string NetworkCheck = "NetworkCheck";
        public const string SyncPasswordsMessage = "SyncPasswordsMessage";
        public const string PolicyRequirements = "PolicyRequirements";
        public const string PolicyMessage = "PolicyMessage";
    }

    /// <summary>Keys of <c>PasswordPolicies</c> → <c>PolicyRequirements</c>.</summary>
    public static class PasswordPolicyRequirements
    {
        public const string MinLength = "minLength";
        public const string MinLowerCase = "minLowerCase";
        public const string MinMatches = "minMatches";
        public const string MinNumber = "minNumber";
        public const string MinSymbol = "minSymbol";
        public const string MinUpperCase = "minUpperCase";
    }

    /// <summary>Keys of <c>Scripting</c>.</summary>
    public static class Scripting
    {
        public const string OnPasswordChange = "OnPasswordChange";
        public const string OnAuthSuccess = "OnAuthSuccess";
        public const string OnAuthFailure = "OnAuthFailure";
        public const string OnNetworkChange = "OnNetworkChange";
    }

    /// <summary>Keys of <c>SignIn</c>.</summary>
    public static class SignIn
    {
        public const string AutoAuthenticate = "AutoAuthenticate";
        public const string AutoMfa = "AutoMFA";
        public const string AutoOpenAppAtLogin = "AutoOpenAppAtLogin";
        public const string RequireSignIn = "RequireSignIn";
        public const string SignInLogo = "SignInLogo";
        public const string UsernameLabel = "UsernameLabel";
        public const string PasswordLabel = "PasswordLabel";
        public const string WindowTitle = "WindowTitle";
        public const string MfaRename = "MFARename";
        public const string MfaExcluded = "MFAExcluded";
        public const string OneTimePasswordMessage = "OneTimePasswordMessage";
    }

    /// <summary>Keys of <c>TemporaryUserPermissions</c> (privilege elevation).</summary>
    public static class TemporaryUserPermissions
    {
        public const string TemporaryUserPromotion = "TemporaryUserPromotion";
        public const string UserPromotionTimer = "UserPromotionTimer";
        public const string UserPromotionDuration = "UserPromotionDuration";
        public const string VerifyUserPromotion = "VerifyUserPromotion";
        public const string VerifyUserPromotionFido2 = "VerifyUserPromotionFIDO2";
        public const string UserPromotionLimit = "UserPromotionLimit";
        public const string UserPromotionReason = "UserPromotionReason";
        public const string UserPromotionChoices = "UserPromotionChoices";
        public const string UserPromotionRole = "UserPromotionRole";
        public const string UserPromotionBiometrics = "UserPromotionBiometrics";
        public const string UrlCommandLineElevation = "URLCommandLineElevation";
    }

    /// <summary>Keys of one dictionary of <c>TemporaryUserPermissions</c> → <c>UserPromotionRole</c>.</summary>
    public static class UserPromotionRole
    {
        public const string Duration = "Duration";
        public const string Name = "Name";
        public const string OidcAdminAttribute = "OIDCAdminAttribute";
        public const string Provider = "Provider";
    }

    /// <summary>Keys of <c>Unlock</c>.</summary>
    public static class Unlock
    {
        public const string EnableUnlock = "EnableUnlock";
        public const string RequirePin = "RequirePIN";
    }

    /// <summary>Keys of <c>UserHelp</c>.</summary>
    public static class UserHelp
    {
        public const string HelpType = "HelpType";
        public const string HelpOptions = "HelpOptions";
        public const string SoftwarePath = "SoftwarePath";
    }

    /// <summary>Keys of <c>WebBrowser</c>.</summary>
    public static class WebBrowser
    {
        public const string LaunchBrowser = "LaunchBrowser";
    }

    /// <summary>Keys of an <c>MFARename</c> dictionary (login window and menu bar <c>SignIn</c>).</summary>
    public static class MfaFactorNames
    {
        public const string Push = "push";
        public const string Question = "question";
        public const string Web = "web";
        public const string Sms = "sms";
        public const string GoogleAuthenticator = "google:token:software:totp";
        public const string OktaVerifyCode = "okta:token:software:totp";
        public const string HardwareToken = "token:hardware";
    }
}
