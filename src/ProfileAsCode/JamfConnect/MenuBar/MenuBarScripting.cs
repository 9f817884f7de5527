using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>Scripting</c> of <c>com.jamf.connect</c>: paths of scripts run on events. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public sealed record MenuBarScripting
{
    /// <summary><c>OnPasswordChange</c> (string): run after the password changes.</summary>
    [PayloadKey(JamfConnectKeys.Scripting.OnPasswordChange)]
    public string? OnPasswordChange { get; init; }

    /// <summary><c>OnAuthSuccess</c> (string): run after a successful sign-in.</summary>
    [PayloadKey(JamfConnectKeys.Scripting.OnAuthSuccess)]
    public string? OnAuthSuccess { get; init; }

    /// <summary><c>OnAuthFailure</c> (string): run after a failed sign-in.</summary>
    [PayloadKey(JamfConnectKeys.Scripting.OnAuthFailure)]
    public string? OnAuthFailure { get; init; }

    /// <summary><c>OnNetworkChange</c> (string): run when the network changes.</summary>
    [PayloadKey(JamfConnectKeys.Scripting.OnNetworkChange)]
    public string? OnNetworkChange { get; init; }
}
