using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// The authentication UI used by the PAM module (sudo and other prompts): its own OIDC client. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
public sealed partial record JamfConnectLogin
{
    /// <summary><c>AuthUIOIDCProvider</c> (string): identity provider of the PAM prompt. That it takes the
    /// same values as <c>OIDCProvider</c> is UNCERTAIN. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.AuthUiOidcProvider)]
    public IdentityProvider? AuthUiOidcProvider { get; init; }

    /// <summary><c>AuthUIOIDCClientID</c> (string): client ID of the PAM prompt. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.AuthUiOidcClientId)]
    [EntraClientId(ProviderKey = JamfConnectKeys.AuthUiOidcProvider)]
    public string? AuthUiOidcClientId { get; init; }

    /// <summary><c>AuthUIOIDCRedirectURI</c> (string): redirect URI of the PAM prompt. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.AuthUiOidcRedirectUri)]
    [AbsoluteUri("https", "http")]
    public string? AuthUiOidcRedirectUri { get; init; }

    /// <summary><c>AuthUIOIDCTenant</c> (string): tenant of the PAM prompt; for Entra ID the tenant ID GUID. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.AuthUiOidcTenant)]
    [EntraTenantId(ProviderKey = JamfConnectKeys.AuthUiOidcProvider)]
    public string? AuthUiOidcTenant { get; init; }

    /// <summary><c>AuthUIOIDCClientSecret</c> (string): client secret of the PAM prompt. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.AuthUiOidcClientSecret)]
    [Secret(ProviderKey = JamfConnectKeys.AuthUiOidcProvider)]
    public string? AuthUiOidcClientSecret { get; init; }

    /// <summary><c>AuthUIOIDCDiscoveryURL</c> (string): discovery document of the PAM prompt's provider. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.AuthUiOidcDiscoveryUrl)]
    [AbsoluteUri("https")]
    public string? AuthUiOidcDiscoveryUrl { get; init; }
}
