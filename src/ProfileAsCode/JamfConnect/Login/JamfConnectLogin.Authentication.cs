using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// Login Window Authentication Settings. (Jamf, "Login Window Authentication Settings"; community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload) "Login Window Authentication Settings.json"
public sealed partial record JamfConnectLogin
{
    /// <summary><c>OIDCProvider</c> (string): the identity provider the login window signs in against. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcProvider)]
    public IdentityProvider? OidcProvider { get; init; }

    /// <summary><c>AuthServer</c> (string): the Okta domain (<c>yourcompany.okta.com</c>); Okta only. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.AuthServer)]
    public string? AuthServer { get; init; }

    /// <summary><c>OIDCClientID</c> (string): client of the interactive OIDC sign-in; for Entra ID the
    /// application (client) ID GUID of the "Jamf Connect - OIDC Endpoint" app. (Jamf, "Login Window Authentication Settings"; Jamf, "Creating a Jamf Connect Configuration with Conditional Access")</summary>
    [PayloadKey(JamfConnectKeys.OidcClientId)]
    [EntraClientId(ProviderKey = JamfConnectKeys.OidcProvider)]
    public string? OidcClientId { get; init; }

    /// <summary><c>OIDCRedirectURI</c> (string): the app's redirect URI; must match the IdP registration.
    /// <c>https://127.0.0.1/jamfconnect</c> is recommended. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcRedirectUri)]
    [AbsoluteUri("https", "http")]
    public string? OidcRedirectUri { get; init; }

    /// <summary><c>OIDCClientSecret</c> (string): client secret; Entra public clients need none (a secret
    /// there fails with AADSTS700025). (Jamf, "Login Window Authentication Settings"; Microsoft, "Microsoft Entra authentication and authorization error codes")</summary>
    [PayloadKey(JamfConnectKeys.OidcClientSecret)]
    [Secret(ProviderKey = JamfConnectKeys.OidcProvider)]
    public string? OidcClientSecret { get; init; }

    /// <summary><c>OIDCTenant</c> (string): the tenant; for Entra ID the tenant ID GUID, required since
    /// 2.13. OneLogin: the subdomain. (Jamf, "Login Window Authentication Settings"; Jamf Connect 2.13, "Integrating with Microsoft Azure AD")</summary>
    [PayloadKey(JamfConnectKeys.OidcTenant)]
    [EntraTenantId(ProviderKey = JamfConnectKeys.OidcProvider)]
    public string? OidcTenant { get; init; }

    /// <summary><c>OIDCDiscoveryURL</c> (string): <c>https://…/.well-known/openid-configuration</c>;
    /// required for <c>Custom</c> and <c>PingFederate</c>. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcDiscoveryUrl)]
    [AbsoluteUri("https")]
    public string? OidcDiscoveryUrl { get; init; }

    /// <summary><c>OIDCUsePassthroughAuth</c> (boolean, default false): passes the web-view password to
    /// local authentication; for Entra/Azure, OneLogin and PingFederate <c>OIDCNewPassword</c> must then be
    /// false or unset. (Jamf, "Login Window Authentication Settings"; Jamf Connect 2.15, "Passthrough Authentication")</summary>
    [PayloadKey(JamfConnectKeys.OidcUsePassthroughAuth)]
    public bool? OidcUsePassthroughAuth { get; init; }

    /// <summary><c>ChangePasswordURL</c> (string): the IdP's password-change page; OIDC only. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.ChangePasswordUrl)]
    [AbsoluteUri("https", "http")]
    public string? ChangePasswordUrl { get; init; }
}
