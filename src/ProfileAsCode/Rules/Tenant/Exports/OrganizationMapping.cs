using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant.Exports;

/// <summary>
/// The tenant's own ID: Microsoft Graph's <c>organization</c> (https://learn.microsoft.com/graph/api/resources/organization;
/// its <c>id</c> is the tenant ID) or <c>az account show</c> (<c>tenantId</c>).
/// </summary>
internal static class OrganizationMapping
{
    public static TenantIdentity? Read(JsonObject item, ExportFields fields)
    {
        if (ExportFields.Has(item, "verifiedDomains"))
        {
            var id = fields.String(item, "id") is { } text ? Parsing.Guids.TryNormalize(text) : null;
            var domains = fields.Objects(item, "verifiedDomains")?.Select(domain => fields.String(domain, "name")).OfType<string>().ToList();
            return id is null ? null : new TenantIdentity(id, "the organization export", fields.String(item, "displayName"), domains);
        }

        var tenant = fields.String(item, "tenantId") is { } value ? Parsing.Guids.TryNormalize(value) : null;
        return tenant is null ? null : new TenantIdentity(tenant, "az account show");
    }
}
