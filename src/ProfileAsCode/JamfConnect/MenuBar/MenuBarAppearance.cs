namespace ProfileAsCode.JamfConnect;

/// <summary><c>Appearance</c> of <c>com.jamf.connect</c>. [KD]</summary>
public sealed record MenuBarAppearance
{
    /// <summary><c>MenubarIcon</c> (string): path of the menu bar icon.</summary>
    [PayloadKey("MenubarIcon")]
    public string? MenubarIcon { get; init; }

    /// <summary><c>MenubarIconDark</c> (string): path of the icon in dark mode.</summary>
    [PayloadKey("MenubarIconDark")]
    public string? MenubarIconDark { get; init; }

    /// <summary><c>ShowWelcomeWindow</c> (boolean): show the welcome window at first launch.</summary>
    [PayloadKey("ShowWelcomeWindow")]
    public bool? ShowWelcomeWindow { get; init; }
}
