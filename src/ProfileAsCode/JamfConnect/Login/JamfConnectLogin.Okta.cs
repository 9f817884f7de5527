using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// Okta multi-factor prompts of the login window. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
public sealed partial record JamfConnectLogin
{
    /// <summary><c>MessageOTPEntry</c> (string): prompt shown when a one-time code is asked for. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MessageOtpEntry)]
    public string? MessageOtpEntry { get; init; }

    /// <summary><c>MFARename</c> (dictionary): display names of Okta's MFA factors. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MfaRename)]
    public MfaFactorNames? MfaRename { get; init; }

    /// <summary><c>MFAExcluded</c> (array of strings): Okta factor types not offered. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MfaExcluded)]
    public IReadOnlyList<string>? MfaExcluded { get; init; }
}
