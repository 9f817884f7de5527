using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.JamfConnect;

/// <summary>Where the login window verifies passwords with ROPG (<c>ROPGProvider</c>). (Jamf, "Microsoft Entra ID Hybrid ID Settings"; Jamf, "Configuring Jamf Connect with AD FS")</summary>
public enum RopgProvider
{
    /// <summary><c>Custom</c>: AD FS; needs <c>ROPGDiscoveryURL</c>. (Jamf, "Microsoft Entra ID Hybrid ID Settings")</summary>
    [PayloadValue(IdentityProviders.Custom)]
    Custom,

    /// <summary><c>Azure_v2</c>: Entra ID, for hybrid identities with password hash sync or pass-through
    /// authentication. (Jamf, "Microsoft Entra ID Hybrid ID Settings"; Jamf's samples, github.com/jamf/jamfconnect)</summary>
    [PayloadValue(IdentityProviders.AzureV2)]
    AzureV2,
}
