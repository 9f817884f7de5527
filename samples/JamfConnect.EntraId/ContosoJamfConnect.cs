using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace Contoso.Profiles;

/// <summary>
/// Jamf Connect with Microsoft Entra ID, keeping MFA for the interactive sign-in while the
/// background password check (ROPG) uses the custom API scope that Conditional Access excludes
/// from MFA. [LJ-CA] Built by `dotnet build` into bin/…/profiles/com.contoso.jamfconnect.mobileconfig.
/// </summary>
[ConfigurationProfile("com.contoso.jamfconnect",
    DisplayName = "Jamf Connect — Entra ID (ROPG, MFA kept)",
    Description = "Login window and menu bar settings for Contoso's Entra ID tenant.",
    Organization = "Contoso")]
public sealed record ContosoJamfConnect
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = ContosoEntra.OidcEndpointClientId,
        OidcRedirectUri = ContosoEntra.RedirectUri,
        OidcTenant = ContosoEntra.TenantId,

        // OIDCScopes is left unset on purpose: the interactive sign-in keeps the default scopes,
        // so Conditional Access still asks for MFA there. [LJ-CA]
        OidcAdminAttribute = "roles",
        OidcAdmin = [ContosoEntra.AdminRole],

        OidcRopgId = ContosoEntra.OidcEndpointClientId,
        RopgTenant = ContosoEntra.TenantId,
        RopgScopes = ContosoEntra.RopgScopes,
    };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.EntraId,
            RopgId = ContosoEntra.OidcEndpointClientId,
            TenantId = ContosoEntra.TenantId,
        },
    };
}
