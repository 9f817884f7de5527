using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>PasswordPolicies</c> of <c>com.jamf.connect</c>. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public sealed record MenuBarPasswordPolicies
{
    /// <summary><c>ExpirationCountdownStartDay</c> (integer): days before expiry the menu bar starts counting down.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicies.ExpirationCountdownStartDay)]
    public int? ExpirationCountdownStartDay { get; init; }

    /// <summary><c>ExpirationNotificationStartDay</c> (integer): days before expiry notifications start.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicies.ExpirationNotificationStartDay)]
    public int? ExpirationNotificationStartDay { get; init; }

    /// <summary><c>NetworkCheck</c> (integer, minutes): how often the password is checked against the IdP.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicies.NetworkCheck)]
    public int? NetworkCheck { get; init; }

    /// <summary><c>SyncPasswordsMessage</c> (string): text asking the user to sync passwords.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicies.SyncPasswordsMessage)]
    public string? SyncPasswordsMessage { get; init; }

    /// <summary><c>PolicyRequirements</c> (dictionary): local password complexity.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicies.PolicyRequirements)]
    public PasswordPolicyRequirements? PolicyRequirements { get; init; }

    /// <summary><c>PolicyMessage</c> (string): text explaining the password policy.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicies.PolicyMessage)]
    public string? PolicyMessage { get; init; }
}

/// <summary><c>PasswordPolicies</c> → <c>PolicyRequirements</c>: minimum counts, all integers. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public sealed record PasswordPolicyRequirements
{
    /// <summary><c>minLength</c>.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicyRequirements.MinLength)]
    public int? MinLength { get; init; }

    /// <summary><c>minLowerCase</c>.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicyRequirements.MinLowerCase)]
    public int? MinLowerCase { get; init; }

    /// <summary><c>minMatches</c>: how many of the other requirements must be met.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicyRequirements.MinMatches)]
    public int? MinMatches { get; init; }

    /// <summary><c>minNumber</c>.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicyRequirements.MinNumber)]
    public int? MinNumber { get; init; }

    /// <summary><c>minSymbol</c>.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicyRequirements.MinSymbol)]
    public int? MinSymbol { get; init; }

    /// <summary><c>minUpperCase</c>.</summary>
    [PayloadKey(JamfConnectKeys.PasswordPolicyRequirements.MinUpperCase)]
    public int? MinUpperCase { get; init; }
}
