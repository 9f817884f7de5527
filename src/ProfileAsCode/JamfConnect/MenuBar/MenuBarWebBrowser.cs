namespace ProfileAsCode.JamfConnect;

/// <summary><c>WebBrowser</c> of <c>com.jamf.connect</c>. [KD]</summary>
public sealed record MenuBarWebBrowser
{
    /// <summary><c>LaunchBrowser</c> (boolean): open the default browser after sign-in.</summary>
    [PayloadKey("LaunchBrowser")]
    public bool? LaunchBrowser { get; init; }
}
