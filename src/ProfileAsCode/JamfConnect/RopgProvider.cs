namespace ProfileAsCode.JamfConnect;

/// <summary>Where the login window verifies passwords with ROPG (<c>ROPGProvider</c>). [LJ-HYBRID], [LJ-ADFS]</summary>
public enum RopgProvider
{
    /// <summary><c>Custom</c>: AD FS; needs <c>ROPGDiscoveryURL</c>. [LJ-HYBRID]</summary>
    [PayloadValue("Custom")]
    Custom,

    /// <summary><c>Azure_v2</c>: Entra ID, for hybrid identities with password hash sync or pass-through
    /// authentication. [LJ-HYBRID], [JC-REPO]</summary>
    [PayloadValue("Azure_v2")]
    AzureV2,
}
