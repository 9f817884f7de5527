namespace ProfileAsCode.JamfConnect;

// Okta multi-factor prompts of the login window. [KD]
public sealed partial record JamfConnectLogin
{
    /// <summary><c>MessageOTPEntry</c> (string): prompt shown when a one-time code is asked for. [KD]</summary>
    [PayloadKey("MessageOTPEntry")]
    public string? MessageOtpEntry { get; init; }

    /// <summary><c>MFARename</c> (dictionary): display names of Okta's MFA factors. [KD]</summary>
    [PayloadKey("MFARename")]
    public MfaFactorNames? MfaRename { get; init; }

    /// <summary><c>MFAExcluded</c> (array of strings): Okta factor types not offered. [KD]</summary>
    [PayloadKey("MFAExcluded")]
    public IReadOnlyList<string>? MfaExcluded { get; init; }
}
