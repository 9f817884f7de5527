using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// Initial Password Settings. (Jamf, "Initial Password Settings"; community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
public sealed partial record JamfConnectLogin
{
    /// <summary><c>OIDCNewPassword</c> (boolean): true makes the user choose a separate local password.
    /// Current docs: false when unset; older docs disagree, so leaving it unset is not the same as false.
    /// (Jamf, "Initial Password Settings"; Jamf Connect 2.1.2, "Initial Local Password Creation")</summary>
    [PayloadKey(JamfConnectKeys.OidcNewPassword)]
    public bool? OidcNewPassword { get; init; }

    /// <summary><c>OIDCROPGID</c> (string): client ID used for ROPG password checks; usually the same
    /// app as <c>OIDCClientID</c>. There is no <c>ROPGClientID</c> key. (Jamf, "Initial Password Settings"; Jamf, "Creating a Jamf Connect Configuration with Conditional Access")</summary>
    [PayloadKey(JamfConnectKeys.OidcRopgId)]
    [EntraClientId(ProviderKey = JamfConnectKeys.OidcProvider)]
    public string? OidcRopgId { get; init; }

    /// <summary><c>CreateJamfConnectPassword</c> (boolean): store the password in a keychain item;
    /// requires <c>OIDCNewPassword</c> = false. (Jamf, "Initial Password Settings")</summary>
    [PayloadKey(JamfConnectKeys.CreateJamfConnectPassword)]
    public bool? CreateJamfConnectPassword { get; init; }

    /// <summary><c>ROPGSuccessCodes</c> (array of strings): IdP error codes (e.g. AADSTS codes) that count
    /// as a successful ROPG password check. (Jamf, "Initial Password Settings")</summary>
    [PayloadKey(JamfConnectKeys.RopgSuccessCodes)]
    public IReadOnlyList<string>? RopgSuccessCodes { get; init; }
}
