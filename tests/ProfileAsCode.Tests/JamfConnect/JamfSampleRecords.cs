using ProfileAsCode.JamfConnect;

namespace ProfileAsCode.Tests.JamfConnect;

// Jamf's published v2.X "Azure AD" sample (github.com/jamf/jamfconnect, configurations/v2.X) written as records: its client
// IDs are not GUIDs and it has no OIDCTenant. The rule engine must see both through the facts.
[ConfigurationProfile("com.example.jamfsample")]
public sealed record JamfAzureSampleProfile
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.Azure,
        OidcClientId = "2520sdfsfsfbebfd2-53ffs5e-4a5b-9c8d",
        OidcRopgId = "2520sdfsfsfbebfd2-53ffs5e-4a5b-9c8d",
        OidcAdminAttribute = "roles",
        OidcAdmin = ["Admin"],
        OidcNewPassword = false,
    };
}
