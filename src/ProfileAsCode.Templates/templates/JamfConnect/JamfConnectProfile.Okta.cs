using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace Company.Profiles;

/// <summary>
/// Jamf Connect with Okta through the Okta Authentication API: the login window and the menu bar
/// sign in against your Okta domain, no app integration needed. Built by `dotnet build` into
/// bin/…/profiles/com.example.profile-identifier.mobileconfig.
/// </summary>
[ConfigurationProfile("com.example.profile-identifier",
    DisplayName = "Jamf Connect — Okta",
    Description = "Login window and menu bar settings for ORGANIZATION_NAME's Okta organization.",
    Organization = "ORGANIZATION_NAME")]
public sealed record JamfConnectProfile
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.Okta,
        AuthServer = OktaValues.OktaDomain,
        OidcRedirectUri = OktaValues.RedirectUri,
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.Okta,
            OktaAuthServer = OktaValues.OktaDomain,
        },
    };
}
