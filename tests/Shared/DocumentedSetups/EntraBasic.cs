using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace DocumentedSetups;

// Jamf, "Login Window Authentication Settings" and "Self Service+ Authentication Settings": Entra ID without the
// custom API scope (no ROPGScopes; the password check uses the provider's default scopes).
[ConfigurationProfile("com.contoso.setups.entra-basic")]
public sealed record EntraBasic
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = "2c3d4e5f-6071-4829-8b1c-d2e3f4051627",
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
        OidcTenant = "0a0b0c0d-1e1f-4a2b-8c3d-4e5f60718293",
        OidcNewPassword = false,
        OidcRopgId = "2c3d4e5f-6071-4829-8b1c-d2e3f4051627",
        RopgSuccessCodes = ["AADSTS50076"],
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.EntraId,
            RopgId = "2c3d4e5f-6071-4829-8b1c-d2e3f4051627",
            TenantId = "0a0b0c0d-1e1f-4a2b-8c3d-4e5f60718293",
            SuccessCodes = ["AADSTS50076"],
        },
    };
}
