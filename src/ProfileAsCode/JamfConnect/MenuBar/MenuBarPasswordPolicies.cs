namespace ProfileAsCode.JamfConnect;

/// <summary><c>PasswordPolicies</c> of <c>com.jamf.connect</c>. [KD]</summary>
public sealed record MenuBarPasswordPolicies
{
    /// <summary><c>ExpirationCountdownStartDay</c> (integer): days before expiry the menu bar starts counting down.</summary>
    [PayloadKey("ExpirationCountdownStartDay")]
    public int? ExpirationCountdownStartDay { get; init; }

    /// <summary><c>ExpirationNotificationStartDay</c> (integer): days before expiry notifications start.</summary>
    [PayloadKey("ExpirationNotificationStartDay")]
    public int? ExpirationNotificationStartDay { get; init; }

    /// <summary><c>NetworkCheck</c> (integer, minutes): how often the password is checked against the IdP.</summary>
    [PayloadKey("NetworkCheck")]
    public int? NetworkCheck { get; init; }

    /// <summary><c>SyncPasswordsMessage</c> (string): text asking the user to sync passwords.</summary>
    [PayloadKey("SyncPasswordsMessage")]
    public string? SyncPasswordsMessage { get; init; }

    /// <summary><c>PolicyRequirements</c> (dictionary): local password complexity.</summary>
    [PayloadKey("PolicyRequirements")]
    public PasswordPolicyRequirements? PolicyRequirements { get; init; }

    /// <summary><c>PolicyMessage</c> (string): text explaining the password policy.</summary>
    [PayloadKey("PolicyMessage")]
    public string? PolicyMessage { get; init; }
}

/// <summary><c>PasswordPolicies</c> → <c>PolicyRequirements</c>: minimum counts, all integers. [KD]</summary>
public sealed record PasswordPolicyRequirements
{
    /// <summary><c>minLength</c>.</summary>
    [PayloadKey("minLength")]
    public int? MinLength { get; init; }

    /// <summary><c>minLowerCase</c>.</summary>
    [PayloadKey("minLowerCase")]
    public int? MinLowerCase { get; init; }

    /// <summary><c>minMatches</c>: how many of the other requirements must be met.</summary>
    [PayloadKey("minMatches")]
    public int? MinMatches { get; init; }

    /// <summary><c>minNumber</c>.</summary>
    [PayloadKey("minNumber")]
    public int? MinNumber { get; init; }

    /// <summary><c>minSymbol</c>.</summary>
    [PayloadKey("minSymbol")]
    public int? MinSymbol { get; init; }

    /// <summary><c>minUpperCase</c>.</summary>
    [PayloadKey("minUpperCase")]
    public int? MinUpperCase { get; init; }
}
