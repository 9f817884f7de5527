namespace ProfileAsCode.JamfConnect;

// The authentication UI used by the PAM module (sudo and other prompts): its own OIDC client. [KD]
public sealed partial record JamfConnectLogin
{
    /// <summary><c>AuthUIOIDCProvider</c> (string): identity provider of the PAM prompt. That it takes the
    /// same values as <c>OIDCProvider</c> is UNCERTAIN. [KD]</summary>
    [PayloadKey("AuthUIOIDCProvider")]
    public IdentityProvider? AuthUiOidcProvider { get; init; }

    /// <summary><c>AuthUIOIDCClientID</c> (string): client ID of the PAM prompt. [KD]</summary>
    [PayloadKey("AuthUIOIDCClientID")]
    [EntraClientId(ProviderKey = "AuthUIOIDCProvider")]
    public string? AuthUiOidcClientId { get; init; }

    /// <summary><c>AuthUIOIDCRedirectURI</c> (string): redirect URI of the PAM prompt. [KD]</summary>
    [PayloadKey("AuthUIOIDCRedirectURI")]
    [AbsoluteUri("https", "http")]
    public string? AuthUiOidcRedirectUri { get; init; }

    /// <summary><c>AuthUIOIDCTenant</c> (string): tenant of the PAM prompt; for Entra ID the tenant ID GUID. [KD]</summary>
    [PayloadKey("AuthUIOIDCTenant")]
    [EntraTenantId(ProviderKey = "AuthUIOIDCProvider")]
    public string? AuthUiOidcTenant { get; init; }

    /// <summary><c>AuthUIOIDCClientSecret</c> (string): client secret of the PAM prompt. [KD]</summary>
    [PayloadKey("AuthUIOIDCClientSecret")]
    [Secret(ProviderKey = "AuthUIOIDCProvider")]
    public string? AuthUiOidcClientSecret { get; init; }

    /// <summary><c>AuthUIOIDCDiscoveryURL</c> (string): discovery document of the PAM prompt's provider. [KD]</summary>
    [PayloadKey("AuthUIOIDCDiscoveryURL")]
    [AbsoluteUri("https")]
    public string? AuthUiOidcDiscoveryUrl { get; init; }
}
