using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace Company.Profiles;

/// <summary>
/// Jamf Connect with Microsoft Entra ID, keeping MFA for the interactive sign-in while the
/// background password check (ROPG) uses the custom API scope that Conditional Access excludes
/// from MFA. Built by `dotnet build` into bin/…/profiles/com.example.profile-identifier.mobileconfig.
/// </summary>
[ConfigurationProfile("com.example.profile-identifier",
    DisplayName = "Jamf Connect — Entra ID (ROPG, MFA kept)",
    Description = "Login window and menu bar settings for ORGANIZATION_NAME's Entra ID tenant.",
    Organization = "ORGANIZATION_NAME")]
public sealed record JamfConnectProfile
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = EntraValues.OidcEndpointClientId,
        OidcRedirectUri = EntraValues.RedirectUri,
        OidcTenant = EntraValues.TenantId,

        // OIDCScopes is left unset on purpose: the interactive sign-in keeps the default scopes,
        // so Conditional Access still asks for MFA there.
        OidcAdminAttribute = "roles",
        OidcAdmin = [EntraValues.AdminRole],

        OidcRopgId = EntraValues.OidcEndpointClientId,
        RopgTenant = EntraValues.TenantId,
        RopgScopes = EntraValues.RopgScopes,
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.EntraId,
            RopgId = EntraValues.OidcEndpointClientId,
            TenantId = EntraValues.TenantId,
        },
    };
}
