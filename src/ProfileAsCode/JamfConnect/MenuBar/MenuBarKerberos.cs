namespace ProfileAsCode.JamfConnect;

/// <summary><c>Kerberos</c> of <c>com.jamf.connect</c>. [KD]</summary>
public sealed record MenuBarKerberos
{
    /// <summary><c>Realm</c> (string): the Kerberos realm, in capitals (<c>CONTOSO.COM</c>).</summary>
    [PayloadKey("Realm")]
    public string? Realm { get; init; }

    /// <summary><c>AutoRenewTickets</c> (boolean): renew tickets before they expire.</summary>
    [PayloadKey("AutoRenewTickets")]
    public bool? AutoRenewTickets { get; init; }

    /// <summary><c>GetTicketsAtSignIn</c> (boolean): get tickets when the user signs in.</summary>
    [PayloadKey("GetTicketsAtSignIn")]
    public bool? GetTicketsAtSignIn { get; init; }

    /// <summary><c>ShortName</c> (string): the Kerberos principal's short name.</summary>
    [PayloadKey("ShortName")]
    public string? ShortName { get; init; }

    /// <summary><c>ShortNameAttribute</c> (string): ID-token claim that gives the short name.</summary>
    [PayloadKey("ShortNameAttribute")]
    public string? ShortNameAttribute { get; init; }

    /// <summary><c>AskForShortName</c> (boolean): ask the user for the short name.</summary>
    [PayloadKey("AskForShortName")]
    public bool? AskForShortName { get; init; }

    /// <summary><c>AskForShortNameMessage</c> (string): prompt used when asking for the short name.</summary>
    [PayloadKey("AskForShortNameMessage")]
    public string? AskForShortNameMessage { get; init; }
}
