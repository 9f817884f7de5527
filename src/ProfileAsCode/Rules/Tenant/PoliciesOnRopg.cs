using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// What PAC5011 and PAC5012 share: every enabled policy whose grant the password grant cannot meet,
/// and whether it reaches the ROPG request for each API the profile's ROPGScopes names.
/// </summary>
internal static class PoliciesOnRopg
{
    public static void Check(TenantCheck check, RuleDescriptor rule, Func<PolicyGrantControls, bool> selects, Action<ConditionalAccessPolicy, ApiScope, PolicyReach> report)
    {
        if (!check.DistinctRopgApis.Any())
        {
            return;
        }

        if (!check.Tenant.HasExported(TenantObjectKind.ConditionalAccessPolicy))
        {
            check.NotCheckable(rule, "no Conditional Access policies were exported (az rest --method get --url 'https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies').");
            return;
        }

        foreach (var api in check.DistinctRopgApis)
        {
            foreach (var policy in check.Tenant.Policies)
            {
                if (!policy.IsEnabled || policy.GrantControls is not { } grant || !selects(grant))
                {
                    continue;
                }

                var reach = PolicyReach.OfRopg(policy, api);
                if (reach.Reach == Reach.Covers)
                {
                    report(policy, api, reach);
                }
                else if (reach.Reach == Reach.Unknown)
                {
                    check.NotCheckable(rule, $"whether {TenantText.Policy(policy)} reaches the ROPG sign-in: {reach.Detail}.");
                }
            }
        }
    }

    public static string ExcludeFix(ConditionalAccessPolicy policy, ApiScope api) =>
        TenantText.PolicyBlade(policy, "Target resources → Exclude → Select resources → '" + TenantText.Name(api.Application?.DisplayName ?? api.ServicePrincipal?.DisplayName) + "' (appId " + TenantText.Id(api.AppId!) + ")");
}
