using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace DocumentedSetups;

// Jamf Connect 2.0, "Authentication Settings" (IBM Security Verify: Client ID and Tenant ID) and "Self Service+
// Authentication Settings" (Tenant ID required for IBM Security Verify: the name in https://<name>.ibmcloud.com).
[ConfigurationProfile("com.contoso.setups.ibm")]
public sealed record IbmSecurityVerifySetup
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.IbmCi,
        OidcClientId = "5b6c7d8e-9fa0-4b1c-8d2e-3f405162738a",
        OidcTenant = "contoso",
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.IbmCi,
            RopgId = "5b6c7d8e-9fa0-4b1c-8d2e-3f405162738a",
            TenantId = "contoso",
        },
    };
}
