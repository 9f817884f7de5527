using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>CustomMenuItems</c> of <c>com.jamf.connect</c>: a title for each menu item to rename. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public sealed record MenuBarCustomMenuItems
{
    /// <summary><c>About</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.About)]
    public string? About { get; init; }

    /// <summary><c>Actions</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.Actions)]
    public string? Actions { get; init; }

    /// <summary><c>ChangePassword</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.ChangePassword)]
    public string? ChangePassword { get; init; }

    /// <summary><c>ResetPassword</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.ResetPassword)]
    public string? ResetPassword { get; init; }

    /// <summary><c>GetHelp</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.GetHelp)]
    public string? GetHelp { get; init; }

    /// <summary><c>GetSoftware</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.GetSoftware)]
    public string? GetSoftware { get; init; }

    /// <summary><c>HomeDirectory</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.HomeDirectory)]
    public string? HomeDirectory { get; init; }

    /// <summary><c>KerberosTickets</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.KerberosTickets)]
    public string? KerberosTickets { get; init; }

    /// <summary><c>Preferences</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.Preferences)]
    public string? Preferences { get; init; }

    /// <summary><c>Shares</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.Shares)]
    public string? Shares { get; init; }

    /// <summary><c>Connect</c>.</summary>
    [PayloadKey(JamfConnectKeys.CustomMenuItems.Connect)]
    public string? Connect { get; init; }
}
