using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary>
/// <c>MFARename</c>: the names shown for Okta's MFA factors, keyed by Okta's factor type (login window
/// top level and menu bar <c>SignIn</c>). (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
/// </summary>
public sealed record MfaFactorNames
{
    /// <summary><c>push</c>: Okta Verify push.</summary>
    [PayloadKey(JamfConnectKeys.MfaFactorNames.Push)]
    public string? Push { get; init; }

    /// <summary><c>question</c>: security question.</summary>
    [PayloadKey(JamfConnectKeys.MfaFactorNames.Question)]
    public string? Question { get; init; }

    /// <summary><c>web</c>: web-based factor.</summary>
    [PayloadKey(JamfConnectKeys.MfaFactorNames.Web)]
    public string? Web { get; init; }

    /// <summary><c>sms</c>: text message.</summary>
    [PayloadKey(JamfConnectKeys.MfaFactorNames.Sms)]
    public string? Sms { get; init; }

    /// <summary><c>google:token:software:totp</c>: Google Authenticator.</summary>
    [PayloadKey(JamfConnectKeys.MfaFactorNames.GoogleAuthenticator)]
    public string? GoogleAuthenticator { get; init; }

    /// <summary><c>okta:token:software:totp</c>: Okta Verify one-time code.</summary>
    [PayloadKey(JamfConnectKeys.MfaFactorNames.OktaVerifyCode)]
    public string? OktaVerifyCode { get; init; }

    /// <summary><c>token:hardware</c>: hardware token.</summary>
    [PayloadKey(JamfConnectKeys.MfaFactorNames.HardwareToken)]
    public string? HardwareToken { get; init; }
}
