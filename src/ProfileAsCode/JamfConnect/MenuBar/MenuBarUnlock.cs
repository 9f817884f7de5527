using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>Unlock</c> of <c>com.jamf.connect</c>; seen in Jamf's examples only, meanings UNCERTAIN. (Jamf's samples, github.com/jamf/jamfconnect)</summary>
public sealed record MenuBarUnlock
{
    /// <summary><c>EnableUnlock</c> (boolean): allow unlocking with the IdP password.</summary>
    [PayloadKey(JamfConnectKeys.Unlock.EnableUnlock)]
    public bool? EnableUnlock { get; init; }

    /// <summary><c>RequirePIN</c> (boolean): require a PIN.</summary>
    [PayloadKey(JamfConnectKeys.Unlock.RequirePin)]
    public bool? RequirePin { get; init; }
}
