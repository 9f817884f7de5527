using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>UserHelp</c> of <c>com.jamf.connect</c>: what Get Help does. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public sealed record MenuBarUserHelp
{
    /// <summary><c>HelpType</c> (string): <c>Bomgar</c>, <c>URL</c> or <c>App</c>.</summary>
    [PayloadKey(JamfConnectKeys.UserHelp.HelpType)]
    public HelpType? HelpType { get; init; }

    /// <summary><c>HelpOptions</c> (string): the URL, app path or Bomgar address, per <c>HelpType</c>.</summary>
    [PayloadKey(JamfConnectKeys.UserHelp.HelpOptions)]
    public string? HelpOptions { get; init; }

    /// <summary><c>SoftwarePath</c> (string): app opened by Get Software.</summary>
    [PayloadKey(JamfConnectKeys.UserHelp.SoftwarePath)]
    public string? SoftwarePath { get; init; }
}
