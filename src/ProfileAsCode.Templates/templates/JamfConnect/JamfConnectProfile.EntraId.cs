using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace Company.Profiles;

/// <summary>
/// Jamf Connect with Microsoft Entra ID, keeping MFA for the interactive sign-in while the background password
/// check (ROPG) uses the custom API scope that Conditional Access excludes from MFA — Jamf, "Creating a Jamf
/// Connect Configuration with Conditional Access". The guide's Identity Provider tab is the login window
/// (<c>com.jamf.connect.login</c>); its Connect tab is the menu bar / Self Service+ (<c>com.jamf.connect</c>).
/// Built by `dotnet build` into bin/…/profiles/com.example.profile-identifier.mobileconfig. README.md maps every
/// value to its field and says which placements are documented and which are not.
/// </summary>
[ConfigurationProfile("com.example.profile-identifier",
    DisplayName = "Jamf Connect — Entra ID (ROPG, MFA kept)",
    Description = "Login window and Self Service+ settings for ORGANIZATION_NAME's Entra ID tenant.",
    Organization = "ORGANIZATION_NAME")]
public sealed record JamfConnectProfile
{
    // Identity Provider tab → login window.
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

        // The login window's own password check (Initial Password Settings, Hybrid ID Settings). The guide sets
        // ROPG scopes on the Connect tab only; ROPGScopes here follows Jamf's 2.17 Conditional Access PDF.
        OidcRopgId = EntraValues.OidcEndpointClientId,
        RopgTenant = EntraValues.TenantId,
        RopgScopes = EntraValues.RopgScopes,
    };

    // Connect tab → menu bar / Self Service+: ROPG Client ID, ROPG Tenant, ROPG Scopes.
    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new()
        {
            Provider = IdentityProvider.EntraId,
            RopgId = EntraValues.OidcEndpointClientId,
            TenantId = EntraValues.TenantId,
            RopgScopes = EntraValues.RopgScopes,
        },
    };
}
