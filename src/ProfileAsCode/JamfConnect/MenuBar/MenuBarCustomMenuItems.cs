namespace ProfileAsCode.JamfConnect;

/// <summary><c>CustomMenuItems</c> of <c>com.jamf.connect</c>: a title for each menu item to rename. [KD]</summary>
public sealed record MenuBarCustomMenuItems
{
    /// <summary><c>About</c>.</summary>
    [PayloadKey("About")]
    public string? About { get; init; }

    /// <summary><c>Actions</c>.</summary>
    [PayloadKey("Actions")]
    public string? Actions { get; init; }

    /// <summary><c>ChangePassword</c>.</summary>
    [PayloadKey("ChangePassword")]
    public string? ChangePassword { get; init; }

    /// <summary><c>ResetPassword</c>.</summary>
    [PayloadKey("ResetPassword")]
    public string? ResetPassword { get; init; }

    /// <summary><c>GetHelp</c>.</summary>
    [PayloadKey("GetHelp")]
    public string? GetHelp { get; init; }

    /// <summary><c>GetSoftware</c>.</summary>
    [PayloadKey("GetSoftware")]
    public string? GetSoftware { get; init; }

    /// <summary><c>HomeDirectory</c>.</summary>
    [PayloadKey("HomeDirectory")]
    public string? HomeDirectory { get; init; }

    /// <summary><c>KerberosTickets</c>.</summary>
    [PayloadKey("KerberosTickets")]
    public string? KerberosTickets { get; init; }

    /// <summary><c>Preferences</c>.</summary>
    [PayloadKey("Preferences")]
    public string? Preferences { get; init; }

    /// <summary><c>Shares</c>.</summary>
    [PayloadKey("Shares")]
    public string? Shares { get; init; }

    /// <summary><c>Connect</c>.</summary>
    [PayloadKey("Connect")]
    public string? Connect { get; init; }
}
