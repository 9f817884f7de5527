using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>IdPSettings</c> of <c>com.jamf.connect</c>: authentication of the menu bar / Self Service+. (Jamf, "Self Service+ Authentication Settings"; Jamf Connect 2.8, "Menu Bar App Preferences"; community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public sealed record MenuBarIdPSettings
{
    /// <summary><c>Provider</c> (string, required): the identity provider. (Jamf, "Self Service+ Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.Provider)]
    public IdentityProvider? Provider { get; init; }

    /// <summary><c>OktaAuthServer</c> (string): the Okta domain (<c>https://</c> optional); required for Okta
    /// Classic and Okta Identity Engine. (Jamf, "Self Service+ Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.OktaAuthServer)]
    public string? OktaAuthServer { get; init; }

    /// <summary><c>ROPGID</c> (string): client ID for ROPG password checks, required for OpenID Connect
    /// providers; for Entra ID the "Jamf Connect - OIDC Endpoint" app's GUID. (Jamf, "Self Service+ Authentication Settings"; Jamf, "Creating a Jamf Connect Configuration with Conditional Access")</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.RopgId)]
    [EntraClientId(ProviderKey = JamfConnectKeys.MenuBarProvider)]
    public string? RopgId { get; init; }

    /// <summary><c>DiscoveryURL</c> (string): <c>https://…/.well-known/openid-configuration</c>; required for
    /// <c>Custom</c> and <c>PingFederate</c>. (Jamf, "Self Service+ Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.DiscoveryUrl)]
    [AbsoluteUri("https")]
    public string? DiscoveryUrl { get; init; }

    /// <summary><c>TenantID</c> (string): the tenant; for Entra ID the tenant ID GUID (required since 2.13).
    /// IBM: the tenant name; OneLogin: the subdomain. (Jamf, "Self Service+ Authentication Settings"; Jamf Connect 2.13, "Integrating with Microsoft Azure AD")</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.TenantId)]
    [EntraTenantId(ProviderKey = JamfConnectKeys.MenuBarProvider)]
    public string? TenantId { get; init; }

    /// <summary><c>ChangePasswordURL</c> (string): password-change page (Entra default
    /// <c>https://mysignins.microsoft.com/security-info/password/change</c>). (Jamf, "Self Service+ Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.ChangePasswordUrl)]
    [AbsoluteUri("https", "http")]
    public string? ChangePasswordUrl { get; init; }

    /// <summary><c>ResetPasswordURL</c> (string): password-reset page. (Jamf, "Self Service+ Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.ResetPasswordUrl)]
    [AbsoluteUri("https", "http")]
    public string? ResetPasswordUrl { get; init; }

    /// <summary><c>ClientSecret</c> (string): client secret; Entra public clients need none (AADSTS700025). (Jamf, "Self Service+ Authentication Settings"; Microsoft, "Microsoft Entra authentication and authorization error codes")</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.ClientSecret)]
    [Secret(ProviderKey = JamfConnectKeys.MenuBarProvider)]
    public string? ClientSecret { get; init; }

    /// <summary><c>SuccessCodes</c> (array of strings): IdP error codes that count as a successful password
    /// check; for OneLogin with MFA required. (Jamf, "Self Service+ Authentication Settings"; Jamf Connect 2.0, "Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.SuccessCodes)]
    public IReadOnlyList<string>? SuccessCodes { get; init; }

    /// <summary><c>OIDCClientID</c> (string): named only by a third-party script as a minimum key for Okta
    /// Identity Engine; UNCERTAIN. (third-party troubleshooting script, github.com/Sunshine-was-here/jamf-connect-troubleshooting)</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.OidcClientId)]
    [EntraClientId(ProviderKey = JamfConnectKeys.MenuBarProvider)]
    public string? OidcClientId { get; init; }

    /// <summary><c>ROPGScopes</c> (string): ROPG scopes of the menu bar. UNCERTAIN: Jamf's guide shows a
    /// "ROPG Scopes" field for the menu bar, but whether the key lives here, at the top level of
    /// <c>com.jamf.connect</c>, or only in <c>com.jamf.connect.login</c> is not documented.
    /// (Jamf, "Creating a Jamf Connect Configuration with Conditional Access"; Jamf's Conditional Access PDF, github.com/jamf/jamfconnect azure_conditional_access)</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.RopgScopes)]
    [ScopeList(Usage = ScopeUsage.PasswordGrant, ProviderKey = JamfConnectKeys.MenuBarProvider)]
    public string? RopgScopes { get; init; }
}
