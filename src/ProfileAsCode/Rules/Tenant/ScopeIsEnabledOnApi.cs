namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5007: the permission of the ROPG custom API scope (<c>jamfconnect</c>) is a scope the API app
/// exposes, with <c>isEnabled</c> true (https://learn.microsoft.com/graph/api/resources/permissionscope: a
/// scope is disabled before it can be deleted). A missing or disabled scope is reported as AADSTS650053
/// (https://github.com/MicrosoftDocs/azure-docs/issues/67211; not in Microsoft's error table) or
/// AADSTS70011 (invalid scope).
/// </summary>
internal static class ScopeIsEnabledOnApi
{
    public static void Check(TenantCheck check)
    {
        foreach (var api in check.RopgApis)
        {
            if (!api.IsResolved || api.Token.Permission.Length == 0 || api.EnabledScope is not null)
            {
                continue;
            }

            if (api.Scopes is not { } scopes)
            {
                check.NotCheckable(RuleCatalog.ScopeNotEnabled, $"the export of {api.Describe()} does not carry its scopes (api.oauth2PermissionScopes).");
                continue;
            }

            var permission = api.Token.Permission;
            var enabled = scopes.Where(s => s.IsEnabled == true && s.Value is not null).Select(s => s.Value!).ToList();
            var disabled = scopes.FirstOrDefault(s => string.Equals(s.Value, permission, StringComparison.Ordinal));
            var caseVariant = enabled.FirstOrDefault(v => string.Equals(v, permission, StringComparison.OrdinalIgnoreCase));
            var where = api.Application is null ? string.Empty : " (" + TenantText.AppRegistration(api.Application, "Expose an API") + ")";
            string problem;
            string? replacement = null;
            if (disabled is not null)
            {
                problem = $"the scope '{TenantText.Name(permission)}' of {api.Describe()} is disabled. Enable it{where}";
            }
            else if (caseVariant is not null)
            {
                problem = $"{api.Describe()} exposes '{TenantText.Name(caseVariant)}', which differs in case. Write '{TenantText.Name(caseVariant)}'";
                replacement = api.With(api.Token.Resource + "/" + caseVariant);
            }
            else
            {
                var known = enabled.Count == 0 ? "no enabled scope" : "only " + string.Join(", ", enabled.Take(5).Select(v => "'" + TenantText.Name(v) + "'"));
                problem = $"{api.Describe()} exposes {known}. Add the scope '{TenantText.Name(permission)}'{where}, or correct the value";
                replacement = enabled.Count == 1 ? api.With(api.Token.Resource + "/" + enabled[0]) : null;
            }

            check.Report(
                RuleCatalog.ScopeNotEnabled,
                api.Key,
                $"{api.Key.KeyPath} requests {TenantText.Quoted(api.Token.Text)}, but {problem}. Entra refuses a scope the resource does not offer: the ROPG check fails with AADSTS650053 (scope does not exist on the resource) or AADSTS70011 (invalid scope).",
                replacement);
        }
    }
}
