using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace Contoso.Profiles;

/// <summary>
/// Jamf Connect with Microsoft Entra ID, keeping MFA for the interactive sign-in while the background password
/// check (ROPG) uses the custom API scope that Conditional Access excludes from MFA — Jamf, "Creating a Jamf
/// Connect Configuration with Conditional Access". The guide's Identity Provider tab is the login window
/// (<c>com.jamf.connect.login</c>); its Connect tab is the menu bar / Self Service+ (<c>com.jamf.connect</c>),
/// tested as "the Self Service+ configuration". Built by `dotnet build` into
/// bin/…/profiles/com.contoso.jamfconnect.mobileconfig. README.md maps every value to its field and says which
/// placements are documented and which are not.
/// </summary>
[ConfigurationProfile("com.contoso.jamfconnect",
    DisplayName = "Jamf Connect — Entra ID (ROPG, MFA kept)",
    Description = "Login window and Self Service+ settings for Contoso's Entra ID tenant.",
    Organization = "Contoso")]
public sealed record ContosoJamfConnect
{
    // Identity Provider tab → login window.
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = ContosoEntra.OidcEndpointClientId,
        OidcRedirectUri = ContosoEntra.RedirectUri,
        OidcTenant = ContosoEntra.TenantId,

        // OIDCScopes is left unset on purpose: the interactive sign-in keeps the default scopes,
        // so Conditional Access still asks for MFA there.
        OidcAdminAttribute = "roles",
        OidcAdmin = [ContosoEntra.AdminRole],

        // The login window's own password check (Initial Password Settings, Hybrid ID Settings). The guide sets
        // ROPG scopes on the Connect tab only; ROPGScopes here follows Jamf's 2.17 Conditional Access PDF.
        OidcRopgId = ContosoEntra.OidcEndpointClientId,
        RopgTenant = ContosoEntra.TenantId,
        RopgScopes = ContosoEntra.RopgScopes,
    };

    // Connect tab → menu bar / Self Service+: ROPG Client ID, ROPG Tenant, ROPG Scopes.
    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.EntraId,
            RopgId = ContosoEntra.OidcEndpointClientId,
            TenantId = ContosoEntra.TenantId,
            RopgScopes = ContosoEntra.RopgScopes,
        },
    };
}
