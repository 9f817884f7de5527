namespace ProfileAsCode.JamfConnect;

// FileVault and local administrator password. [KD]
public sealed partial record JamfConnectLogin
{
    /// <summary><c>EnableFDE</c> (boolean): turn on FileVault for the first user who signs in. [KD]</summary>
    [PayloadKey("EnableFDE")]
    public bool? EnableFde { get; init; }

    /// <summary><c>EnableFDERecoveryKey</c> (boolean): write the personal recovery key to a file. [KD]</summary>
    [PayloadKey("EnableFDERecoveryKey")]
    public bool? EnableFdeRecoveryKey { get; init; }

    /// <summary><c>EnableFDERecoveryKeyPath</c> (string): where the recovery key file is written. [KD]</summary>
    [PayloadKey("EnableFDERecoveryKeyPath")]
    public string? EnableFdeRecoveryKeyPath { get; init; }

    /// <summary><c>LAPSUser</c> (string): local administrator account whose password Jamf Connect rotates. [KD]</summary>
    [PayloadKey("LAPSUser")]
    public string? LapsUser { get; init; }
}
