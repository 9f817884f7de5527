namespace ProfileAsCode.JamfConnect;

/// <summary><c>UserHelp</c> of <c>com.jamf.connect</c>: what Get Help does. [KD]</summary>
public sealed record MenuBarUserHelp
{
    /// <summary><c>HelpType</c> (string): <c>Bomgar</c>, <c>URL</c> or <c>App</c>.</summary>
    [PayloadKey("HelpType")]
    public HelpType? HelpType { get; init; }

    /// <summary><c>HelpOptions</c> (string): the URL, app path or Bomgar address, per <c>HelpType</c>.</summary>
    [PayloadKey("HelpOptions")]
    public string? HelpOptions { get; init; }

    /// <summary><c>SoftwarePath</c> (string): app opened by Get Software.</summary>
    [PayloadKey("SoftwarePath")]
    public string? SoftwarePath { get; init; }
}
