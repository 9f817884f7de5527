using ProfileAsCode.JamfConnect;

namespace ProfileAsCode.Benchmarks.Documents;

/// <summary>
/// What an admin keeps in git for Jamf Connect with Entra ID: the login window with ROPG password
/// verification (MFA kept for interactive sign-in) and the menu bar app. The identifiers are fixed
/// example GUIDs, not a real tenant.
/// </summary>
[ConfigurationProfile("com.contoso.jamfconnect",
    DisplayName = "Jamf Connect — Entra ID (ROPG, MFA kept)",
    Description = "Login window and menu bar for Contoso Macs",
    Organization = "Contoso")]
public sealed record TypicalJamfConnectProfile
{
    private const string ClientId = "1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b";
    private const string TenantId = "9f1c2b3a-4d5e-4f60-8172-a3b4c5d6e7f8";
    private const string RopgScopes = "api://5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9/jamfconnect+openid+email+profile";

    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = ClientId,
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
        OidcTenant = TenantId,
        OidcAdminAttribute = "roles",
        OidcAdmin = ["admin", "mac-admins"],
        OidcRopgId = ClientId,
        RopgProvider = RopgProvider.AzureV2,
        RopgTenant = TenantId,
        RopgScopes = RopgScopes,
        CreateJamfConnectPassword = true,
        DenyLocal = true,
        DenyLocalExcluded = ["localadmin"],
        LocalFallback = true,
        Migrate = true,
        MigrateUsersHide = ["localadmin", "jamfmanagement"],
        EnableFde = true,
        EnableFdeRecoveryKey = true,
        LoginWindowMessage = "Sign in with your Contoso account & your Microsoft Authenticator app.",
        BackgroundImage = "/Library/Application Support/Contoso/login-background.jpg",
        LoginLogo = "/Library/Application Support/Contoso/logo.png",
        HelpUrl = "https://support.contoso.com/mac/sign-in",
        EulaTitle = "Contoso acceptable use",
        EulaText = "By signing in you agree to Contoso's acceptable use policy.",
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.EntraId,
            OidcClientId = ClientId,
            RopgId = ClientId,
            TenantId = TenantId,
            RopgScopes = RopgScopes,
            ChangePasswordUrl = "https://mysignins.microsoft.com/security-info/password/change",
            ResetPasswordUrl = "https://passwordreset.microsoftonline.com",
        },
        SignIn = new() { AutoAuthenticate = true, RequireSignIn = true, WindowTitle = "Contoso sign-in" },
        PasswordPolicies = new()
        {
            ExpirationNotificationStartDay = 14,
            NetworkCheck = 15,
            PolicyRequirements = new() { MinLength = 12, MinLowerCase = 1, MinUpperCase = 1, MinNumber = 1, MinSymbol = 1, MinMatches = 4 },
        },
        Kerberos = new() { Realm = "CONTOSO.COM", AutoRenewTickets = true, GetTicketsAtSignIn = true },
        UserHelp = new() { HelpType = HelpType.Url, HelpOptions = "https://support.contoso.com/mac" },
        Appearance = new() { ShowWelcomeWindow = false },
        HiddenMenuItems = ["GetSoftware"],
    };
}
