namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5014: the MFA policy built for Jamf Connect (it excludes the ROPG scope's API) is on. In report-only
/// (<c>enabledForReportingButNotEnforced</c>) or disabled state it enforces nothing
/// (https://learn.microsoft.com/graph/api/resources/conditionalaccesspolicy); sign-in logs then show
/// report-only results and no MFA.
/// </summary>
internal static class MfaPolicyEnforced
{
    public static void Check(TenantCheck check)
    {
        foreach (var api in check.DistinctRopgApis)
        {
            var ids = new[] { api.AppId, api.Application?.Id, api.ServicePrincipal?.Id }.OfType<string>().ToList();
            foreach (var policy in check.Tenant.Policies)
            {
                if ((!policy.IsReportOnly && !policy.IsDisabled) || policy.GrantControls is not { RequiresMfa: true }
                    || policy.Conditions?.Applications is not { } apps || !ids.Any(id => PolicyReach.Contains(apps.Exclude, id)))
                {
                    continue;
                }

                var state = policy.IsReportOnly ? "report-only" : "disabled";
                check.Report(
                    RuleCatalog.MfaPolicyNotEnforced,
                    api.Key,
                    $"Conditional Access policy {TenantText.Policy(policy)} excludes {api.Describe()} for Jamf Connect's ROPG check, requires MFA, and is {state}: it enforces nothing, so nobody is asked for MFA at the login window or anywhere else it targets (sign-in logs show {(policy.IsReportOnly ? "reportOnly results" : "the policy as not enabled")}). Fix: {TenantText.PolicyBlade(policy, "Enable policy → On")}, once its report-only results look right.");
            }
        }
    }
}
