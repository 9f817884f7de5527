using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5002: every client ID of the profile (OIDCClientID, OIDCROPGID, IdPSettings.ROPGID,
/// IdPSettings.OIDCClientID) is the appId of an exported app registration or enterprise application;
/// otherwise Entra answers AADSTS700016 (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
/// Values that are not GUIDs are PAC1010's.
/// </summary>
internal static class ClientIdExistsInTenant
{
    public static void Check(TenantCheck check)
    {
        if (check.Profile.ClientIds.Count == 0)
        {
            return;
        }

        if (!check.HasApps)
        {
            check.NotCheckable(RuleCatalog.ClientIdNotInTenant, "no app registrations or enterprise applications were exported (az ad app list, az ad sp list).");
            return;
        }

        foreach (var key in check.Profile.ClientIds)
        {
            var id = TenantCheck.Guid(key);
            if (id is null || check.ApplicationOf(key) is not null || check.ServicePrincipalOf(key) is not null)
            {
                continue;
            }

            var endpoint = check.SoleEndpointApp();
            var suggestion = endpoint is null ? string.Empty : $" The exported public client is {TenantText.App(endpoint)}.";
            check.Report(
                RuleCatalog.ClientIdNotInTenant,
                key,
                $"{key.KeyPath} {TenantText.Quoted(key.Value.AsString!)} is the appId of no exported app registration or enterprise application ({check.Tenant.Applications.Count} app registrations, {check.Tenant.ServicePrincipals.Count} enterprise applications exported). If the ID is wrong, sign-in fails with AADSTS700016 (application not found in the directory). Copy the Application (client) ID of the \"Jamf Connect - OIDC Endpoint\" app ({TenantText.AdminCenter} → App registrations → the app → Overview), or export that app too.{suggestion}",
                endpoint?.AppId);
        }
    }
}
