namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5006: the resource of the ROPG custom API scope (<c>api://&lt;API appId&gt;</c> in
/// <c>api://…/jamfconnect</c>) is an Application ID URI (or appId) of an exported app. Entra resolves the
/// resource by that URI; none found gives AADSTS500011 (resource principal not found in the tenant,
/// https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
/// </summary>
internal static class ScopeResourceIsExported
{
    public static void Check(TenantCheck check)
    {
        foreach (var api in check.RopgApis)
        {
            if (api.IsResolved)
            {
                continue;
            }

            if (!check.HasApps)
            {
                check.NotCheckable(RuleCatalog.ScopeResourceNotExported, "no app registrations or enterprise applications were exported, so the API's Application ID URI cannot be looked up.");
                return;
            }

            // The one exported API with this permission value is the certain fix.
            var candidates = check.Tenant.Applications
                .Where(app => app.IdentifierUris is { Count: > 0 } && app.Scopes is { } scopes && scopes.Any(s => s.IsEnabled == true && string.Equals(s.Value, api.Token.Permission, StringComparison.Ordinal)))
                .Take(2)
                .ToList();
            var candidate = candidates.Count == 1 ? candidates[0] : null;
            var uris = check.Tenant.Applications.SelectMany(app => app.IdentifierUris ?? Array.Empty<string>()).Take(3).ToList();
            var known = uris.Count == 0 ? "no exported app has an Application ID URI" : "the exported ones are " + string.Join(", ", uris.Select(TenantText.Quoted));
            var suggestion = candidate is null
                ? $" Copy the Application ID URI from {TenantText.AdminCenter} → App registrations → the API app → Expose an API, or export that app too."
                : $" {TenantText.App(candidate)} exposes '{api.Token.Permission}' under {TenantText.Quoted(candidate.IdentifierUris![0])}.";
            check.Report(
                RuleCatalog.ScopeResourceNotExported,
                api.Key,
                $"{api.Key.KeyPath} requests {TenantText.Quoted(api.Token.Text)}, but {TenantText.Quoted(api.Token.Resource)} is the Application ID URI of no exported app ({known}). Entra finds no resource under that URI and the ROPG check fails with AADSTS500011 (resource principal not found in the tenant).{suggestion}",
                candidate is null ? null : api.With(candidate.IdentifierUris![0].TrimEnd('/') + "/" + api.Token.Permission));
        }
    }
}
