using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace DocumentedSetups;

// Jamf Connect 2.0/2.6, "Authentication Settings": OneLogin needs Client ID; its discovery URL is built from the
// Tenant ID (subdomain); the menu bar needs Success Codes when MFA is on.
[ConfigurationProfile("com.contoso.setups.onelogin")]
public sealed record OneLoginSetup
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.OneLogin,
        OidcClientId = "4a5b6c70-8192-4a3b-8c4d-5e6f70819203",
        OidcTenant = "contoso",
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.OneLogin,
            RopgId = "4a5b6c70-8192-4a3b-8c4d-5e6f70819203",
            TenantId = "contoso",
            SuccessCodes = ["invalid_grant"],
        },
    };
}
