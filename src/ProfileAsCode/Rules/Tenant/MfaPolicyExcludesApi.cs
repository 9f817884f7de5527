namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5011: no enabled MFA policy (grant <c>mfa</c> or an authentication strength) reaches the ROPG
/// request, i.e. each excludes the API app by its appId ("Excluding the Custom API from Conditional Access
/// Policies", learn.jamf.com). ROPC cannot do MFA: "users who must do MFA will be blocked"
/// (https://learn.microsoft.com/entra/identity-platform/v2-oauth-ropc), with AADSTS50076. An exclusion by
/// object ID does not match (excludeApplications holds appIds,
/// https://learn.microsoft.com/graph/api/resources/conditionalaccessapplications). Per-user MFA and
/// security defaults are not in the exports: said as not checkable.
/// </summary>
internal static class MfaPolicyExcludesApi
{
    public static void Check(TenantCheck check)
    {
        if (check.DistinctRopgApis.Any())
        {
            check.NotCheckable(RuleCatalog.MfaPolicyCoversRopg, "per-user MFA and security defaults are not in these exports; either demands MFA from every ROPG sign-in whatever the app exclusions (AADSTS50076). The sign-in logs show it (authenticationRequirementPolicies).");
        }

        PoliciesOnRopg.Check(check, RuleCatalog.MfaPolicyCoversRopg, grant => grant.RequiresMfa && !grant.Blocks, (policy, api, reach) =>
        {
            var byObjectId = reach.ObjectIdExclusion is null ? string.Empty : $" It excludes {TenantText.Id(reach.ObjectIdExclusion)}, the API's object ID, but Conditional Access matches excluded applications by appId, so that exclusion has no effect.";
            var control = policy.GrantControls!.AuthenticationStrength is { } strength ? "the authentication strength '" + TenantText.Name(strength) + "'" : "MFA";
            check.Report(
                RuleCatalog.MfaPolicyCoversRopg,
                api.Key,
                $"Conditional Access policy {TenantText.Policy(policy)} is enabled, requires {control} for {reach.Detail}, and does not exclude {api.Describe()}, the resource of {api.Key.KeyPath}.{byObjectId} ROPG cannot answer an MFA challenge: Entra refuses Jamf Connect's password check with AADSTS50076 (AADSTS50079 for users without an MFA method). Jamf Connect takes 50076 as a correct password, but the sign-in log records failures and users can be flagged as risky. Fix: {PoliciesOnRopg.ExcludeFix(policy, api)}.");
        });
    }
}
