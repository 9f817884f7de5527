using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace DocumentedSetups;

// Jamf's PingFederate sample (github.com/jamf/jamfconnect, configurations/v2.X) and "Login Window Authentication
// Settings": PingFederate needs a discovery URL; scopes with '+'.
[ConfigurationProfile("com.contoso.setups.pingfederate")]
public sealed record PingFederateSetup
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.PingFederate,
        OidcClientId = "jamfconnect",
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
        OidcDiscoveryUrl = "https://sso.contoso.com/.well-known/openid-configuration",
        OidcScopes = "openid+profile+email",
        OidcRopgId = "jamfconnect",
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.PingFederate,
            RopgId = "jamfconnect",
            DiscoveryUrl = "https://sso.contoso.com/.well-known/openid-configuration",
        },
    };
}
