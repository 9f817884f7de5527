namespace ProfileAsCode.JamfConnect;

// Login Window Authentication Settings. [LJ-LWAUTH], [KD] "Login Window Authentication Settings.json"
public sealed partial record JamfConnectLogin
{
    /// <summary><c>OIDCProvider</c> (string): the identity provider the login window signs in against. [LJ-LWAUTH]</summary>
    [PayloadKey("OIDCProvider")]
    public IdentityProvider? OidcProvider { get; init; }

    /// <summary><c>AuthServer</c> (string): the Okta domain (<c>yourcompany.okta.com</c>); Okta only. [LJ-LWAUTH]</summary>
    [PayloadKey("AuthServer")]
    public string? AuthServer { get; init; }

    /// <summary><c>OIDCClientID</c> (string): client of the interactive OIDC sign-in; for Entra ID the
    /// application (client) ID GUID of the "Jamf Connect - OIDC Endpoint" app. [LJ-LWAUTH], [LJ-CA]</summary>
    [PayloadKey("OIDCClientID")]
    [EntraClientId(ProviderKey = "OIDCProvider")]
    public string? OidcClientId { get; init; }

    /// <summary><c>OIDCRedirectURI</c> (string): the app's redirect URI; must match the IdP registration.
    /// <c>https://127.0.0.1/jamfconnect</c> is recommended. [LJ-LWAUTH]</summary>
    [PayloadKey("OIDCRedirectURI")]
    [AbsoluteUri("https", "http")]
    public string? OidcRedirectUri { get; init; }

    /// <summary><c>OIDCClientSecret</c> (string): client secret; Entra public clients need none (a secret
    /// there fails with AADSTS700025). [LJ-LWAUTH], [MS-ERR]</summary>
    [PayloadKey("OIDCClientSecret")]
    [Secret(ProviderKey = "OIDCProvider")]
    public string? OidcClientSecret { get; init; }

    /// <summary><c>OIDCTenant</c> (string): the tenant; for Entra ID the tenant ID GUID, required since
    /// 2.13. OneLogin: the subdomain. [LJ-LWAUTH], [DJ-2.13-AZ]</summary>
    [PayloadKey("OIDCTenant")]
    [EntraTenantId(ProviderKey = "OIDCProvider")]
    public string? OidcTenant { get; init; }

    /// <summary><c>OIDCDiscoveryURL</c> (string): <c>https://…/.well-known/openid-configuration</c>;
    /// required for <c>Custom</c> and <c>PingFederate</c>. [LJ-LWAUTH]</summary>
    [PayloadKey("OIDCDiscoveryURL")]
    [AbsoluteUri("https")]
    public string? OidcDiscoveryUrl { get; init; }

    /// <summary><c>OIDCUsePassthroughAuth</c> (boolean, default false): passes the web-view password to
    /// local authentication; for Entra/Azure, OneLogin and PingFederate <c>OIDCNewPassword</c> must then be
    /// false or unset. [LJ-LWAUTH], [DJ-PASSTHRU]</summary>
    [PayloadKey("OIDCUsePassthroughAuth")]
    public bool? OidcUsePassthroughAuth { get; init; }

    /// <summary><c>ChangePasswordURL</c> (string): the IdP's password-change page; OIDC only. [LJ-LWAUTH]</summary>
    [PayloadKey("ChangePasswordURL")]
    [AbsoluteUri("https", "http")]
    public string? ChangePasswordUrl { get; init; }
}
