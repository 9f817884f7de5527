using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant.Exports;

/// <summary>A <c>servicePrincipal</c> (https://learn.microsoft.com/graph/api/resources/serviceprincipal) into <see cref="EntraServicePrincipal"/>.</summary>
internal static class ServicePrincipalMapping
{
    public static EntraServicePrincipal? Read(JsonObject item, ExportFields fields)
    {
        if (fields.Id(item, "appId") is not { } appId)
        {
            return null;
        }

        return new EntraServicePrincipal(fields.Id(item, "id"), appId, fields.String(item, "displayName"))
        {
            AppOwnerOrganizationId = fields.Id(item, "appOwnerOrganizationId"),
            ServicePrincipalNames = fields.Strings(item, "servicePrincipalNames"),
            Scopes = ApplicationMapping.Scopes(item, fields),
            AppRoles = ApplicationMapping.AppRoles(item, fields),
            AppRoleAssignmentRequired = fields.Bool(item, "appRoleAssignmentRequired"),
        };
    }
}
