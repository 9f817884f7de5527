using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant.Exports;

/// <summary>
/// Tells what an exported object is from its content: its <c>@odata.type</c> when present, else the
/// fields only that kind has in Microsoft Graph's schema (https://learn.microsoft.com/graph/api/resources/application,
/// …/serviceprincipal, …/oauth2permissiongrant, …/conditionalaccesspolicy, …/organization,
/// …/signin?view=graph-rest-beta). Property names compare ignoring case, so Graph PowerShell's
/// PascalCase objects are told apart the same way.
/// </summary>
internal static class ObjectKinds
{
    public static TenantObjectKind? Detect(JsonObject item)
    {
        if (KindOfType(ExportFields.Get(item, "@odata.type")?.AsString) is { } typed)
        {
            return typed;
        }

        if (Has(item, "conditions") && (Has(item, "grantControls") || Has(item, "sessionControls")))
        {
            return TenantObjectKind.ConditionalAccessPolicy;
        }

        if (Has(item, "clientId") && Has(item, "consentType") && Has(item, "resourceId"))
        {
            return TenantObjectKind.PermissionGrant;
        }

        if (Has(item, "appId") && (Has(item, "servicePrincipalType") || Has(item, "servicePrincipalNames") || Has(item, "appOwnerOrganizationId")))
        {
            return TenantObjectKind.ServicePrincipal;
        }

        if (Has(item, "createdDateTime") && ExportFields.Get(item, "status") is JsonObject && (Has(item, "userPrincipalName") || Has(item, "conditionalAccessStatus")))
        {
            return TenantObjectKind.SignIn;
        }

        if (Has(item, "verifiedDomains") && Has(item, "id"))
        {
            return TenantObjectKind.Organization;
        }

        if (Has(item, "appId") && (Has(item, "identifierUris") || Has(item, "requiredResourceAccess") || Has(item, "isFallbackPublicClient") || Has(item, "publicClient")))
        {
            return TenantObjectKind.Application;
        }

        // az account show: {"environmentName": "AzureCloud", "tenantId": "…", "homeTenantId": "…", …}
        if (Has(item, "tenantId") && (Has(item, "environmentName") || Has(item, "homeTenantId")))
        {
            return TenantObjectKind.Organization;
        }

        return null;
    }

    /// <summary>
    /// Azure AD Graph output (Azure CLI before 2.37, the AzureAD PowerShell module): <c>objectId</c>/<c>objectType</c>
    /// instead of <c>id</c>, <c>odata.metadata</c>. Retired; its field names differ (https://learn.microsoft.com/cli/azure/microsoft-graph-migration).
    /// </summary>
    public static bool IsAzureAdGraph(JsonObject item) =>
        (Has(item, "objectId") && !Has(item, "id")) || item.Get("odata.metadata") is not null || item.Get("odata.type") is not null;

    public static string Describe(TenantObjectKind kind) => kind switch
    {
        TenantObjectKind.Application => "app registrations (application)",
        TenantObjectKind.ServicePrincipal => "enterprise applications (servicePrincipal)",
        TenantObjectKind.PermissionGrant => "consent grants (oAuth2PermissionGrant)",
        TenantObjectKind.ConditionalAccessPolicy => "Conditional Access policies",
        TenantObjectKind.Organization => "the tenant (organization)",
        _ => "sign-ins (signIn)",
    };

    private static TenantObjectKind? KindOfType(string? odataType) => odataType?.ToLowerInvariant() switch
    {
        "#microsoft.graph.application" => TenantObjectKind.Application,
        "#microsoft.graph.serviceprincipal" => TenantObjectKind.ServicePrincipal,
        "#microsoft.graph.oauth2permissiongrant" => TenantObjectKind.PermissionGrant,
        "#microsoft.graph.conditionalaccesspolicy" => TenantObjectKind.ConditionalAccessPolicy,
        "#microsoft.graph.organization" => TenantObjectKind.Organization,
        "#microsoft.graph.signin" => TenantObjectKind.SignIn,
        _ => null,
    };

    private static bool Has(JsonObject item, string name) => ExportFields.Has(item, name);
}
