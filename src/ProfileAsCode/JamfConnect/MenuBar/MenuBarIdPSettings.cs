using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>IdPSettings</c> of <c>com.jamf.connect</c>: authentication of the menu bar / Self Service+. [LJ-MB], [DJ-2.8-MB], [KD]</summary>
public sealed record MenuBarIdPSettings
{
    /// <summary><c>Provider</c> (string, required): the identity provider. [LJ-MB]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.Provider)]
    public IdentityProvider? Provider { get; init; }

    /// <summary><c>OktaAuthServer</c> (string): the Okta domain (<c>https://</c> optional); required for Okta
    /// Classic and Okta Identity Engine. [LJ-MB]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.OktaAuthServer)]
    public string? OktaAuthServer { get; init; }

    /// <summary><c>ROPGID</c> (string): client ID for ROPG password checks, required for OpenID Connect
    /// providers; for Entra ID the "Jamf Connect - OIDC Endpoint" app's GUID. [LJ-MB], [LJ-CA]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.RopgId)]
    [EntraClientId(ProviderKey = JamfConnectKeys.MenuBarProvider)]
    public string? RopgId { get; init; }

    /// <summary><c>DiscoveryURL</c> (string): <c>https://…/.well-known/openid-configuration</c>; required for
    /// <c>Custom</c> and <c>PingFederate</c>. [LJ-MB]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.DiscoveryUrl)]
    [AbsoluteUri("https")]
    public string? DiscoveryUrl { get; init; }

    /// <summary><c>TenantID</c> (string): the tenant; for Entra ID the tenant ID GUID (required since 2.13).
    /// IBM: the tenant name; OneLogin: the subdomain. [LJ-MB], [DJ-2.13-AZ]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.TenantId)]
    [EntraTenantId(ProviderKey = JamfConnectKeys.MenuBarProvider)]
    public string? TenantId { get; init; }

    /// <summary><c>ChangePasswordURL</c> (string): password-change page (Entra default
    /// <c>https://mysignins.microsoft.com/security-info/password/change</c>). [LJ-MB]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.ChangePasswordUrl)]
    [AbsoluteUri("https", "http")]
    public string? ChangePasswordUrl { get; init; }

    /// <summary><c>ResetPasswordURL</c> (string): password-reset page. [LJ-MB]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.ResetPasswordUrl)]
    [AbsoluteUri("https", "http")]
    public string? ResetPasswordUrl { get; init; }

    /// <summary><c>ClientSecret</c> (string): client secret; Entra public clients need none (AADSTS700025). [LJ-MB], [MS-ERR]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.ClientSecret)]
    [Secret(ProviderKey = JamfConnectKeys.MenuBarProvider)]
    public string? ClientSecret { get; init; }

    /// <summary><c>SuccessCodes</c> (array of strings): IdP error codes that count as a successful password
    /// check; for OneLogin with MFA required. [LJ-MB], [DJ-2.0-AUTH]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.SuccessCodes)]
    public IReadOnlyList<string>? SuccessCodes { get; init; }

    /// <summary><c>OIDCClientID</c> (string): named only by a third-party script as a minimum key for Okta
    /// Identity Engine; UNCERTAIN. [JCP]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.OidcClientId)]
    [EntraClientId(ProviderKey = JamfConnectKeys.MenuBarProvider)]
    public string? OidcClientId { get; init; }

    /// <summary><c>ROPGScopes</c> (string): ROPG scopes of the menu bar. UNCERTAIN: Jamf's guide shows a
    /// "ROPG Scopes" field for the menu bar, but whether the key lives here, at the top level of
    /// <c>com.jamf.connect</c>, or only in <c>com.jamf.connect.login</c> is not documented (reference §0.3).
    /// [LJ-CA], [JC-PDF4]</summary>
    [PayloadKey(JamfConnectKeys.IdPSettings.RopgScopes)]
    [ScopeList(Usage = ScopeUsage.PasswordGrant, ProviderKey = JamfConnectKeys.MenuBarProvider)]
    public string? RopgScopes { get; init; }
}
