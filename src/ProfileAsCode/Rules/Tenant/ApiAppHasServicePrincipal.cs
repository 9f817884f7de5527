using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5008: the API app of the ROPG scope has a service principal (enterprise application) in the
/// tenant. The portal creates one with each registration, Graph and the CLI do not
/// (https://learn.microsoft.com/entra/identity-platform/app-objects-and-service-principals); without it
/// the token request fails with AADSTS500011 (resource principal not found in the tenant).
/// </summary>
internal static class ApiAppHasServicePrincipal
{
    public static void Check(TenantCheck check)
    {
        foreach (var api in check.DistinctRopgApis)
        {
            if (api.Application is not { } app || api.ServicePrincipal is not null)
            {
                continue;
            }

            if (!check.Tenant.HasExported(TenantObjectKind.ServicePrincipal))
            {
                check.NotCheckable(RuleCatalog.ApiAppWithoutServicePrincipal, "no enterprise applications (service principals) were exported (az ad sp show --id <appId>).");
                return;
            }

            check.Report(
                RuleCatalog.ApiAppWithoutServicePrincipal,
                api.Key,
                $"{api.Key.KeyPath} requests the API of {TenantText.App(app)}, which has no enterprise application (service principal) among the exported ones. Apps created with Graph or az get none, and a token for an API without one fails with AADSTS500011 (resource principal not found in the tenant); admin consent needs it too. Fix: az ad sp create --id {TenantText.Id(app.AppId)} (or New-MgServicePrincipal -AppId {TenantText.Id(app.AppId)}), or export it if it exists.");
        }
    }
}
