using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// Microsoft Entra ID Hybrid ID Settings: where and how ROPG verifies passwords. (Jamf, "Microsoft Entra ID Hybrid ID Settings"; Jamf, "Configuring Jamf Connect with AD FS"; community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
public sealed partial record JamfConnectLogin
{
    /// <summary><c>ROPGProvider</c> (string): <c>Custom</c> (AD FS) or <c>Azure_v2</c> (hybrid PHS/PTA). (Jamf, "Microsoft Entra ID Hybrid ID Settings")</summary>
    [PayloadKey(JamfConnectKeys.RopgProvider)]
    public RopgProvider? RopgProvider { get; init; }

    /// <summary><c>ROPGTenant</c> (string): tenant used for ROPG; for Entra ID the tenant ID GUID. (Jamf, "Microsoft Entra ID Hybrid ID Settings"; Jamf, "Creating a Jamf Connect Configuration with Conditional Access")</summary>
    [PayloadKey(JamfConnectKeys.RopgTenant)]
    [EntraTenantId(ProviderKey = JamfConnectKeys.OidcProvider)]
    public string? RopgTenant { get; init; }

    /// <summary><c>ROPGDiscoveryURL</c> (string): AD FS discovery document; required when
    /// <c>ROPGProvider</c> is <c>Custom</c>. (Jamf, "Microsoft Entra ID Hybrid ID Settings"; Jamf, "Configuring Jamf Connect with AD FS")</summary>
    [PayloadKey(JamfConnectKeys.RopgDiscoveryUrl)]
    [AbsoluteUri("https")]
    public string? RopgDiscoveryUrl { get; init; }

    /// <summary><c>ROPGRedirectURI</c> (string): must match the AD FS or Entra app;
    /// <c>https://127.0.0.1/jamfconnect</c> recommended. (Jamf, "Microsoft Entra ID Hybrid ID Settings")</summary>
    [PayloadKey(JamfConnectKeys.RopgRedirectUri)]
    [AbsoluteUri("https", "http")]
    public string? RopgRedirectUri { get; init; }

    /// <summary><c>ROPGClientSecret</c> (string): secret for ROPG; unset, <c>OIDCClientSecret</c> is used. (Jamf, "Microsoft Entra ID Hybrid ID Settings")</summary>
    [PayloadKey(JamfConnectKeys.RopgClientSecret)]
    [Secret(ProviderKey = JamfConnectKeys.OidcProvider)]
    public string? RopgClientSecret { get; init; }

    /// <summary><c>ROPGScopes</c> (string): scopes of the ROPG password check, separated by <c>+</c>; for
    /// Entra with MFA kept, <c>api://&lt;API app ID&gt;/jamfconnect+openid+email+profile</c>. No current key
    /// reference lists it; Jamf's guides do. UNCERTAIN whether the menu bar reads it too.
    /// (Jamf's Conditional Access PDF, github.com/jamf/jamfconnect azure_conditional_access; Jamf, "Creating a Jamf Connect Configuration with Conditional Access")</summary>
    [PayloadKey(JamfConnectKeys.RopgScopes)]
    [ScopeList(Usage = ScopeUsage.PasswordGrant, ProviderKey = JamfConnectKeys.OidcProvider)]
    public string? RopgScopes { get; init; }
}
