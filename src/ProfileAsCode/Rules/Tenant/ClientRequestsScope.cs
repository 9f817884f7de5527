namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5009: the ROPG client lists the API's scope under API permissions (<c>requiredResourceAccess</c>:
/// <c>resourceAppId</c> = the API's appId, an entry with the scope's <c>id</c> and type <c>Scope</c>,
/// https://learn.microsoft.com/graph/api/resources/requiredresourceaccess), as Jamf's "Creating an
/// Application Registration with a Custom Scope" adds it. Missing: AADSTS650057 (resource not in the
/// client's requested permissions), or AADSTS65001 once consent is checked.
/// </summary>
internal static class ClientRequestsScope
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
                if (api.EnabledScope?.Id is not { } scopeId)
                {
                    continue;
                }

                if (client.RequiredResourceAccess is not { } requested)
                {
                    check.NotCheckable(RuleCatalog.ScopeNotRequested, $"the export of {TenantText.App(client)} does not carry requiredResourceAccess.");
                    continue;
                }

                var forApi = requested.Where(r => string.Equals(r.ResourceAppId, api.AppId, StringComparison.OrdinalIgnoreCase)).ToList();
                if (forApi.Any(r => r.Access.Any(a => string.Equals(a.Id, scopeId, StringComparison.OrdinalIgnoreCase) && string.Equals(a.Type, "Scope", StringComparison.OrdinalIgnoreCase))))
                {
                    continue;
                }

                var what = forApi.Count == 0 ? "requests no permission of " + api.Describe() : "requests permissions of " + api.Describe() + " but not the delegated scope '" + TenantText.Name(api.Token.Permission) + "'";
                check.Report(
                    RuleCatalog.ScopeNotRequested,
                    key,
                    $"{key.KeyPath} names {TenantText.App(client)}, which {what}. The ROPG request for {TenantText.Quoted(api.Token.Text)} then fails with AADSTS650057 (the resource is not among the client's requested permissions) or AADSTS65001 (no consent). Fix: {TenantText.AppRegistration(client, "API permissions → Add a permission → My APIs → '" + TenantText.Name(api.Application?.DisplayName ?? api.ServicePrincipal?.DisplayName) + "' → Delegated permissions → " + TenantText.Name(api.Token.Permission))}, then Grant admin consent.");
            }
        }
    }
}
