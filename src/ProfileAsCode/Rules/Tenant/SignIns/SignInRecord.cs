namespace ProfileAsCode.Rules.Tenant.SignIns;

/// <summary>
/// One sign-in, as Microsoft Graph beta describes it (https://learn.microsoft.com/graph/api/resources/signin?view=graph-rest-beta).
/// v1.0 lacks <see cref="AuthenticationRequirement"/>, <see cref="AuthenticationProtocol"/> and
/// <see cref="SignInEventTypes"/>; they are null then.
/// </summary>
internal sealed class SignInRecord
{
    public SignInRecord(string? id, string? appId)
    {
        Id = id;
        AppId = appId;
    }

    public string? Id { get; }

    /// <summary>The client (Jamf Connect's OIDC Endpoint app).</summary>
    public string? AppId { get; }

    public string? AppDisplayName { get; set; }

    /// <summary>The appId of the resource the token was for.</summary>
    public string? ResourceId { get; set; }

    public string? ResourceDisplayName { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? UserId { get; set; }

    /// <summary>UTC, ISO 8601 as exported (Windows PowerShell writes <c>/Date(…)/</c>), kept as text.</summary>
    public string? CreatedDateTime { get; set; }

    /// <summary><c>status.errorCode</c>: 0 is success, otherwise the AADSTS number.</summary>
    public long? ErrorCode { get; set; }

    public string? FailureReason { get; set; }

    /// <summary><c>singleFactorAuthentication</c> or <c>multiFactorAuthentication</c>.</summary>
    public string? AuthenticationRequirement { get; set; }

    public bool? IsInteractive { get; set; }

    /// <summary><c>interactiveUser</c>, <c>nonInteractiveUser</c>, …</summary>
    public IReadOnlyList<string>? SignInEventTypes { get; set; }

    /// <summary><c>success</c>, <c>failure</c>, <c>notApplied</c>.</summary>
    public string? ConditionalAccessStatus { get; set; }

    public IReadOnlyList<AppliedPolicy> AppliedPolicies { get; set; } = Array.Empty<AppliedPolicy>();

    /// <summary><c>ropc</c> for the password grant; <c>oAuth2</c>, <c>none</c>, … otherwise.</summary>
    public string? AuthenticationProtocol { get; set; }

    public string? ClientAppUsed { get; set; }

    public bool Succeeded => ErrorCode == 0;
}

/// <summary>An entry of <c>appliedConditionalAccessPolicies</c>.</summary>
internal sealed class AppliedPolicy
{
    public AppliedPolicy(string? displayName, string? result)
    {
        DisplayName = displayName;
        Result = result;
    }

    public string? DisplayName { get; }

    /// <summary><c>success</c>, <c>failure</c>, <c>notApplied</c>, <c>notEnabled</c>, <c>reportOnly…</c>.</summary>
    public string? Result { get; }

    /// <summary>The policy was enforced on this sign-in (satisfied or failed).</summary>
    public bool WasEnforced => string.Equals(Result, "success", StringComparison.OrdinalIgnoreCase) || string.Equals(Result, "failure", StringComparison.OrdinalIgnoreCase);
}
