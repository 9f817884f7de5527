using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>SignIn</c> of <c>com.jamf.connect</c>: the sign-in window. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload; Jamf's samples, github.com/jamf/jamfconnect)</summary>
public sealed record MenuBarSignIn
{
    /// <summary><c>AutoAuthenticate</c> (boolean): sign in automatically when the app starts.</summary>
    [PayloadKey(JamfConnectKeys.SignIn.AutoAuthenticate)]
    public bool? AutoAuthenticate { get; init; }

    /// <summary><c>AutoMFA</c> (boolean): start the MFA prompt automatically.</summary>
    [PayloadKey(JamfConnectKeys.SignIn.AutoMfa)]
    public bool? AutoMfa { get; init; }

    /// <summary><c>AutoOpenAppAtLogin</c> (boolean, default false): make Jamf Connect a login item; users must
    /// open the app once first. (Jamf, "Self Service+ Sign-in Settings")</summary>
    [PayloadKey(JamfConnectKeys.SignIn.AutoOpenAppAtLogin)]
    public bool? AutoOpenAppAtLogin { get; init; }

    /// <summary><c>RequireSignIn</c> (boolean): the user cannot dismiss the sign-in window.</summary>
    [PayloadKey(JamfConnectKeys.SignIn.RequireSignIn)]
    public bool? RequireSignIn { get; init; }

    /// <summary><c>SignInLogo</c> (string): path of the logo in the sign-in window.</summary>
    [PayloadKey(JamfConnectKeys.SignIn.SignInLogo)]
    public string? SignInLogo { get; init; }

    /// <summary><c>UsernameLabel</c> (string): label of the user-name field.</summary>
    [PayloadKey(JamfConnectKeys.SignIn.UsernameLabel)]
    public string? UsernameLabel { get; init; }

    /// <summary><c>PasswordLabel</c> (string): label of the password field.</summary>
    [PayloadKey(JamfConnectKeys.SignIn.PasswordLabel)]
    public string? PasswordLabel { get; init; }

    /// <summary><c>WindowTitle</c> (string): title of the sign-in window.</summary>
    [PayloadKey(JamfConnectKeys.SignIn.WindowTitle)]
    public string? WindowTitle { get; init; }

    /// <summary><c>MFARename</c> (dictionary): display names of Okta's MFA factors.</summary>
    [PayloadKey(JamfConnectKeys.SignIn.MfaRename)]
    public MfaFactorNames? MfaRename { get; init; }

    /// <summary><c>MFAExcluded</c> (array of strings): Okta factor types not offered.</summary>
    [PayloadKey(JamfConnectKeys.SignIn.MfaExcluded)]
    public IReadOnlyList<string>? MfaExcluded { get; init; }

    /// <summary><c>OneTimePasswordMessage</c> (string): prompt shown when a one-time code is asked for.</summary>
    [PayloadKey(JamfConnectKeys.SignIn.OneTimePasswordMessage)]
    public string? OneTimePasswordMessage { get; init; }
}
