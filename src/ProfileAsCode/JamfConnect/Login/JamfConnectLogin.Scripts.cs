namespace ProfileAsCode.JamfConnect;

// Login script and end-user licence agreement. [KD]
public sealed partial record JamfConnectLogin
{
    /// <summary><c>ScriptPath</c> (string): script run at sign-in; needs the RunScript mechanism (authchanger). [KD]</summary>
    [PayloadKey("ScriptPath")]
    public string? ScriptPath { get; init; }

    /// <summary><c>ScriptArgs</c> (array of strings): arguments of <c>ScriptPath</c>. [KD]</summary>
    [PayloadKey("ScriptArgs")]
    public IReadOnlyList<string>? ScriptArgs { get; init; }

    /// <summary><c>EULAPath</c> (string): where acceptance of the EULA is recorded. [KD]</summary>
    [PayloadKey("EULAPath")]
    public string? EulaPath { get; init; }

    /// <summary><c>EULAText</c> (string): the EULA shown before sign-in. [KD]</summary>
    [PayloadKey("EULAText")]
    public string? EulaText { get; init; }

    /// <summary><c>EULATitle</c> (string): title of the EULA window. [KD]</summary>
    [PayloadKey("EULATitle")]
    public string? EulaTitle { get; init; }

    /// <summary><c>EULASubTitle</c> (string): subtitle of the EULA window. [KD]</summary>
    [PayloadKey("EULASubTitle")]
    public string? EulaSubTitle { get; init; }
}
