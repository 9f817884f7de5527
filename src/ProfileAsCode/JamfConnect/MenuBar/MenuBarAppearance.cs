using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>Appearance</c> of <c>com.jamf.connect</c>. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public sealed record MenuBarAppearance
{
    /// <summary><c>MenubarIcon</c> (string): path of the menu bar icon.</summary>
    [PayloadKey(JamfConnectKeys.Appearance.MenubarIcon)]
    public string? MenubarIcon { get; init; }

    /// <summary><c>MenubarIconDark</c> (string): path of the icon in dark mode.</summary>
    [PayloadKey(JamfConnectKeys.Appearance.MenubarIconDark)]
    public string? MenubarIconDark { get; init; }

    /// <summary><c>ShowWelcomeWindow</c> (boolean): show the welcome window at first launch.</summary>
    [PayloadKey(JamfConnectKeys.Appearance.ShowWelcomeWindow)]
    public bool? ShowWelcomeWindow { get; init; }
}
