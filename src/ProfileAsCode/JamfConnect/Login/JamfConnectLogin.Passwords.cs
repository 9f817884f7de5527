namespace ProfileAsCode.JamfConnect;

// Initial Password Settings. [LJ-INITPW], [KD]
public sealed partial record JamfConnectLogin
{
    /// <summary><c>OIDCNewPassword</c> (boolean): true makes the user choose a separate local password.
    /// Current docs: false when unset; older docs disagree, so leaving it unset is not the same as false.
    /// [LJ-INITPW], [DJ-2.1.2-PW]</summary>
    [PayloadKey("OIDCNewPassword")]
    public bool? OidcNewPassword { get; init; }

    /// <summary><c>OIDCROPGID</c> (string): client ID used for ROPG password checks; usually the same
    /// app as <c>OIDCClientID</c>. There is no <c>ROPGClientID</c> key. [LJ-INITPW], [LJ-CA]</summary>
    [PayloadKey("OIDCROPGID")]
    [EntraClientId(ProviderKey = "OIDCProvider")]
    public string? OidcRopgId { get; init; }

    /// <summary><c>CreateJamfConnectPassword</c> (boolean): store the password in a keychain item;
    /// requires <c>OIDCNewPassword</c> = false. [LJ-INITPW]</summary>
    [PayloadKey("CreateJamfConnectPassword")]
    public bool? CreateJamfConnectPassword { get; init; }

    /// <summary><c>ROPGSuccessCodes</c> (array of strings): IdP error codes (e.g. AADSTS codes) that count
    /// as a successful ROPG password check. [LJ-INITPW]</summary>
    [PayloadKey("ROPGSuccessCodes")]
    public IReadOnlyList<string>? RopgSuccessCodes { get; init; }
}
