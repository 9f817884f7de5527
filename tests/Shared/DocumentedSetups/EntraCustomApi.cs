using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace DocumentedSetups;

// Jamf, "Creating a Jamf Connect Configuration with Conditional Access": Identity Provider tab (login window) and
// Connect tab (menu bar / Self Service+: ROPG Client ID, ROPG Tenant, ROPG Scopes with the custom API scope).
[ConfigurationProfile("com.contoso.setups.entra-custom-api")]
public sealed record EntraCustomApi
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = "1b2c3d4e-5f60-4718-9a0b-c1d2e3f40516",
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
        OidcTenant = "9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
        OidcAdminAttribute = "roles",
        OidcAdmin = ["JamfConnectAdmin"],
        OidcRopgId = "1b2c3d4e-5f60-4718-9a0b-c1d2e3f40516",
        RopgTenant = "9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
        RopgScopes = "api://5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819/jamfconnect+openid+email+profile",
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.EntraId,
            RopgId = "1b2c3d4e-5f60-4718-9a0b-c1d2e3f40516",
            TenantId = "9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
            RopgScopes = "api://5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819/jamfconnect+openid+email+profile",
        },
    };
}
