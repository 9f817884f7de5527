using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// FileVault and local administrator password. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
public sealed partial record JamfConnectLogin
{
    /// <summary><c>EnableFDE</c> (boolean): turn on FileVault for the first user who signs in. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.EnableFde)]
    public bool? EnableFde { get; init; }

    /// <summary><c>EnableFDERecoveryKey</c> (boolean): write the personal recovery key to a file. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.EnableFdeRecoveryKey)]
    public bool? EnableFdeRecoveryKey { get; init; }

    /// <summary><c>EnableFDERecoveryKeyPath</c> (string): where the recovery key file is written. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.EnableFdeRecoveryKeyPath)]
    public string? EnableFdeRecoveryKeyPath { get; init; }

    /// <summary><c>LAPSUser</c> (string): local administrator account whose password Jamf Connect rotates. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.LapsUser)]
    public string? LapsUser { get; init; }
}
