using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace DocumentedSetups;

// Jamf's Keycloak sample (github.com/jamf/jamfconnect, configurations/v2.X/Keycloak) with its two slips fixed:
// https for the discovery URL (the sample's http is PAC2008) and OIDCAdmin/OIDCAdminAttribute the right way round.
// Space-separated scopes as in the sample.
[ConfigurationProfile("com.contoso.setups.keycloak")]
public sealed record KeycloakSetup
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.Custom,
        OidcClientId = "jamfconnect",
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
        OidcDiscoveryUrl = "https://keycloak.contoso.com/realms/mac/.well-known/openid-configuration",
        OidcScopes = "openid profile email roles",
        OidcAdminAttribute = "roles",
        OidcAdmin = ["Admin"],
        CreateJamfConnectPassword = true,
        OidcRopgId = "jamfconnect",
        RopgDiscoveryUrl = "https://keycloak.contoso.com/realms/mac/.well-known/openid-configuration",
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.Custom,
            RopgId = "jamfconnect",
            DiscoveryUrl = "https://keycloak.contoso.com/realms/mac/.well-known/openid-configuration",
            ChangePasswordUrl = "https://keycloak.contoso.com/realms/mac/account",
        },
    };
}
