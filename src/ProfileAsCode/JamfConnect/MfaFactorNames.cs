namespace ProfileAsCode.JamfConnect;

/// <summary>
/// <c>MFARename</c>: the names shown for Okta's MFA factors, keyed by Okta's factor type (login window
/// top level and menu bar <c>SignIn</c>). [KD]
/// </summary>
public sealed record MfaFactorNames
{
    /// <summary><c>push</c>: Okta Verify push.</summary>
    [PayloadKey("push")]
    public string? Push { get; init; }

    /// <summary><c>question</c>: security question.</summary>
    [PayloadKey("question")]
    public string? Question { get; init; }

    /// <summary><c>web</c>: web-based factor.</summary>
    [PayloadKey("web")]
    public string? Web { get; init; }

    /// <summary><c>sms</c>: text message.</summary>
    [PayloadKey("sms")]
    public string? Sms { get; init; }

    /// <summary><c>google:token:software:totp</c>: Google Authenticator.</summary>
    [PayloadKey("google:token:software:totp")]
    public string? GoogleAuthenticator { get; init; }

    /// <summary><c>okta:token:software:totp</c>: Okta Verify one-time code.</summary>
    [PayloadKey("okta:token:software:totp")]
    public string? OktaVerifyCode { get; init; }

    /// <summary><c>token:hardware</c>: hardware token.</summary>
    [PayloadKey("token:hardware")]
    public string? HardwareToken { get; init; }
}
