using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace DocumentedSetups;

// Jamf, "OpenID Connect User Role Settings": with Okta Identity Engine the scopes are separated by spaces
// ("openid profile email groups"); "Self Service+ Authentication Settings": OktaAuthServer required.
[ConfigurationProfile("com.contoso.setups.okta-ie")]
public sealed record OktaIdentityEngineSetup
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.OktaIdentityEngine,
        OidcClientId = "0oa1b2c3d4e5f6g7h8i9",
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
        AuthServer = "contoso.okta.com",
        OidcScopes = "openid profile email groups",
        OidcAdminAttribute = "groups",
        OidcAdmin = ["Mac Admins"],
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new() { Provider = IdentityProvider.OktaIdentityEngine, OktaAuthServer = "contoso.okta.com" },
    };
}
