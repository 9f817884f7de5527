using ProfileAsCode.JamfConnect;

namespace ProfileAsCode.Tests.JamfConnect;

// The architecture note's "What a user writes", with real-looking IDs: Entra ID sign-in with MFA
// kept for interactive login and ROPG asking for the MFA-excluded custom API scope. [LJ-CA]
[ConfigurationProfile("com.contoso.jamfconnect",
    DisplayName = "Jamf Connect — Entra ID (ROPG, MFA kept)",
    Organization = "Contoso")]
public sealed record ContosoJamfConnect
{
    public const string OidcEndpointApp = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    public const string Tenant = "9f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b";

    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = OidcEndpointApp,
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
        OidcTenant = Tenant,
        OidcAdminAttribute = "roles",
        OidcAdmin = ["admin"],
        OidcRopgId = OidcEndpointApp,
        RopgTenant = Tenant,
        RopgScopes = "api://5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9/jamfconnect+openid+email+profile",
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new() { Provider = IdentityProvider.EntraId, RopgId = OidcEndpointApp, TenantId = Tenant },
    };
}
