namespace ProfileAsCode.JamfConnect;

/// <summary><c>Scripting</c> of <c>com.jamf.connect</c>: paths of scripts run on events. [KD]</summary>
public sealed record MenuBarScripting
{
    /// <summary><c>OnPasswordChange</c> (string): run after the password changes.</summary>
    [PayloadKey("OnPasswordChange")]
    public string? OnPasswordChange { get; init; }

    /// <summary><c>OnAuthSuccess</c> (string): run after a successful sign-in.</summary>
    [PayloadKey("OnAuthSuccess")]
    public string? OnAuthSuccess { get; init; }

    /// <summary><c>OnAuthFailure</c> (string): run after a failed sign-in.</summary>
    [PayloadKey("OnAuthFailure")]
    public string? OnAuthFailure { get; init; }

    /// <summary><c>OnNetworkChange</c> (string): run when the network changes.</summary>
    [PayloadKey("OnNetworkChange")]
    public string? OnNetworkChange { get; init; }
}
