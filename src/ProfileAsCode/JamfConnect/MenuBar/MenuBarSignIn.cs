namespace ProfileAsCode.JamfConnect;

/// <summary><c>SignIn</c> of <c>com.jamf.connect</c>: the sign-in window. [KD], [JC-REPO]</summary>
public sealed record MenuBarSignIn
{
    /// <summary><c>AutoAuthenticate</c> (boolean): sign in automatically when the app starts.</summary>
    [PayloadKey("AutoAuthenticate")]
    public bool? AutoAuthenticate { get; init; }

    /// <summary><c>AutoMFA</c> (boolean): start the MFA prompt automatically.</summary>
    [PayloadKey("AutoMFA")]
    public bool? AutoMfa { get; init; }

    /// <summary><c>RequireSignIn</c> (boolean): the user cannot dismiss the sign-in window.</summary>
    [PayloadKey("RequireSignIn")]
    public bool? RequireSignIn { get; init; }

    /// <summary><c>SignInLogo</c> (string): path of the logo in the sign-in window.</summary>
    [PayloadKey("SignInLogo")]
    public string? SignInLogo { get; init; }

    /// <summary><c>UsernameLabel</c> (string): label of the user-name field.</summary>
    [PayloadKey("UsernameLabel")]
    public string? UsernameLabel { get; init; }

    /// <summary><c>PasswordLabel</c> (string): label of the password field.</summary>
    [PayloadKey("PasswordLabel")]
    public string? PasswordLabel { get; init; }

    /// <summary><c>WindowTitle</c> (string): title of the sign-in window.</summary>
    [PayloadKey("WindowTitle")]
    public string? WindowTitle { get; init; }

    /// <summary><c>MFARename</c> (dictionary): display names of Okta's MFA factors.</summary>
    [PayloadKey("MFARename")]
    public MfaFactorNames? MfaRename { get; init; }

    /// <summary><c>MFAExcluded</c> (array of strings): Okta factor types not offered.</summary>
    [PayloadKey("MFAExcluded")]
    public IReadOnlyList<string>? MfaExcluded { get; init; }

    /// <summary><c>OneTimePasswordMessage</c> (string): prompt shown when a one-time code is asked for.</summary>
    [PayloadKey("OneTimePasswordMessage")]
    public string? OneTimePasswordMessage { get; init; }
}
