using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// Login script and end-user licence agreement. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
public sealed partial record JamfConnectLogin
{
    /// <summary><c>ScriptPath</c> (string): script run at sign-in; needs the RunScript mechanism (authchanger). (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.ScriptPath)]
    public string? ScriptPath { get; init; }

    /// <summary><c>ScriptArgs</c> (array of strings): arguments of <c>ScriptPath</c>. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.ScriptArgs)]
    public IReadOnlyList<string>? ScriptArgs { get; init; }

    /// <summary><c>EULAPath</c> (string): where acceptance of the EULA is recorded. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.EulaPath)]
    public string? EulaPath { get; init; }

    /// <summary><c>EULAText</c> (string): the EULA shown before sign-in. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.EulaText)]
    public string? EulaText { get; init; }

    /// <summary><c>EULATitle</c> (string): title of the EULA window. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.EulaTitle)]
    public string? EulaTitle { get; init; }

    /// <summary><c>EULASubTitle</c> (string): subtitle of the EULA window. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.EulaSubTitle)]
    public string? EulaSubTitle { get; init; }
}
