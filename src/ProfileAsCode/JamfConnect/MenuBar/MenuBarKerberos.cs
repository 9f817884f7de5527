using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>Kerberos</c> of <c>com.jamf.connect</c>. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public sealed record MenuBarKerberos
{
    /// <summary><c>Realm</c> (string): the Kerberos realm, in capitals (<c>CONTOSO.COM</c>).</summary>
    [PayloadKey(JamfConnectKeys.Kerberos.Realm)]
    public string? Realm { get; init; }

    /// <summary><c>AutoRenewTickets</c> (boolean): renew tickets before they expire.</summary>
    [PayloadKey(JamfConnectKeys.Kerberos.AutoRenewTickets)]
    public bool? AutoRenewTickets { get; init; }

    /// <summary><c>GetTicketsAtSignIn</c> (boolean): get tickets when the user signs in.</summary>
    [PayloadKey(JamfConnectKeys.Kerberos.GetTicketsAtSignIn)]
    public bool? GetTicketsAtSignIn { get; init; }

    /// <summary><c>ShortName</c> (string): the Kerberos principal's short name.</summary>
    [PayloadKey(JamfConnectKeys.Kerberos.ShortName)]
    public string? ShortName { get; init; }

    /// <summary><c>ShortNameAttribute</c> (string): ID-token claim that gives the short name.</summary>
    [PayloadKey(JamfConnectKeys.Kerberos.ShortNameAttribute)]
    public string? ShortNameAttribute { get; init; }

    /// <summary><c>AskForShortName</c> (boolean): ask the user for the short name.</summary>
    [PayloadKey(JamfConnectKeys.Kerberos.AskForShortName)]
    public bool? AskForShortName { get; init; }

    /// <summary><c>AskForShortNameMessage</c> (string): prompt used when asking for the short name.</summary>
    [PayloadKey(JamfConnectKeys.Kerberos.AskForShortNameMessage)]
    public string? AskForShortNameMessage { get; init; }
}
