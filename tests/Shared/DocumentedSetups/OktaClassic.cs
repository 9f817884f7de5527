using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace DocumentedSetups;

// Jamf, "Login Window Authentication Settings" (AuthServer: Okta only) and "Self Service+ Authentication
// Settings" (OktaAuthServer required for Okta Classic Engine).
[ConfigurationProfile("com.contoso.setups.okta")]
public sealed record OktaClassic
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.Okta,
        AuthServer = "contoso.okta.com",
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new() { Provider = IdentityProvider.Okta, OktaAuthServer = "contoso.okta.com" },
    };
}
