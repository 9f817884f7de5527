using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5010: an admin consent grant (<c>oAuth2PermissionGrant</c> with <c>consentType</c> AllPrincipals,
/// <c>clientId</c> = the ROPG client's service principal ID, <c>resourceId</c> = the API's service principal
/// ID, <c>scope</c> containing the permission, https://learn.microsoft.com/graph/api/resources/oauth2permissiongrant)
/// exists. ROPG cannot show a consent prompt (https://learn.microsoft.com/entra/identity-platform/v2-oauth-ropc),
/// so without it the check fails with AADSTS65001.
/// </summary>
internal static class ScopeHasAdminConsent
{
    public static void Check(TenantCheck check)
    {
        foreach (var key in check.Profile.RopgClientIds)
        {
            var client = check.ClientApplicationOf(key);
            if (client is null)
            {
                continue;
            }

            foreach (var api in check.DistinctRopgApis)
            {
                if (api.EnabledScope is null)
                {
                    continue;
                }

                if (api.ServicePrincipal is not { } resource)
                {
                    if (!check.Tenant.HasExported(TenantObjectKind.ServicePrincipal))
                    {
                        check.NotCheckable(RuleCatalog.ScopeNotConsented, "no enterprise applications (service principals) were exported, and consent grants name service principal IDs.");
                    }

                    continue; // without one, PAC5008 reports the API
                }

                if (!check.Tenant.HasExported(TenantObjectKind.PermissionGrant))
                {
                    check.NotCheckable(RuleCatalog.ScopeNotConsented, "no consent grants were exported (az rest --method get --url 'https://graph.microsoft.com/v1.0/oauth2PermissionGrants').");
                    return;
                }

                if (check.Tenant.ServicePrincipalByAppId(client.AppId) is not { Id: { } clientSpId })
                {
                    check.NotCheckable(RuleCatalog.ScopeNotConsented, $"the enterprise application of {TenantText.App(client)} is not among the exports, and consent grants name service principal IDs.");
                    continue;
                }

                var grants = check.Tenant.PermissionGrants
                    .Where(g => string.Equals(g.ClientId, clientSpId, StringComparison.OrdinalIgnoreCase) && string.Equals(g.ResourceId, resource.Id, StringComparison.OrdinalIgnoreCase)
                        && g.Scopes.Contains(api.Token.Permission, StringComparer.OrdinalIgnoreCase))
                    .ToList();
                if (grants.Any(g => g.IsAdminConsent))
                {
                    continue;
                }

                var userConsents = grants.Count == 0 ? string.Empty : $" Only {grants.Count} users consented for themselves; everyone else fails.";
                check.Report(
                    RuleCatalog.ScopeNotConsented,
                    key,
                    $"No admin consent lets {TenantText.App(client)} use '{TenantText.Name(api.Token.Permission)}' of {api.Describe()} for all users.{userConsents} ROPG cannot ask users to consent, so the password check fails with AADSTS65001 (consent required). Fix: {TenantText.AppRegistration(client, "API permissions → Grant admin consent for <your tenant>")}.");
            }
        }
    }
}
