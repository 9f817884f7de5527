using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5001: every Entra tenant of the profile (OIDCTenant, ROPGTenant, IdPSettings.TenantID) is the
/// tenant the exports come from. A wrong tenant fails with AADSTS90002 (tenant not found) or AADSTS700016
/// (the app is not in that tenant) (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
/// Only GUIDs are compared; other forms are PAC1001–PAC1004's.
/// </summary>
internal static class TenantMatchesExport
{
    public static void Check(TenantCheck check)
    {
        if (check.Profile.Tenants.Count == 0)
        {
            return;
        }

        var tenants = check.Tenant.Tenants;
        if (tenants.Count == 0)
        {
            check.NotCheckable(RuleCatalog.TenantNotExported, "the exports name no tenant ID. Export the organization (az rest --method get --url 'https://graph.microsoft.com/v1.0/organization'), or the enterprise application of an exported app registration (its appOwnerOrganizationId).");
            return;
        }

        foreach (var key in check.Profile.Tenants)
        {
            var guid = Guids.TryNormalize(key.Value.AsString!);
            if (guid is null || tenants.Any(t => string.Equals(t.TenantId, guid, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var named = string.Join(" or ", tenants.Select(t => t.TenantId + " (" + t.Source + ")"));
            check.Report(
                RuleCatalog.TenantNotExported,
                key,
                $"{key.KeyPath} {TenantText.Quoted(key.Value.AsString!)} is not the tenant the exports come from: {named}. Entra looks the apps up in the tenant the profile names, so sign-in fails with AADSTS90002 (tenant not found) or AADSTS700016 (application not found in the directory). Write the tenant ID shown at {TenantText.AdminCenter} → Overview → Tenant ID, or export the tenant the profile is meant for.",
                tenants.Count == 1 ? tenants[0].TenantId : null);
        }
    }
}
