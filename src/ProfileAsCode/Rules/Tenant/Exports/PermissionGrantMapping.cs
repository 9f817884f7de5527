using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant.Exports;

/// <summary>An <c>oAuth2PermissionGrant</c> (https://learn.microsoft.com/graph/api/resources/oauth2permissiongrant) into <see cref="PermissionGrant"/>.</summary>
internal static class PermissionGrantMapping
{
    private static readonly char[] Whitespace = { ' ', '\t', '\r', '\n' };

    public static PermissionGrant? Read(JsonObject item, ExportFields fields)
    {
        var clientId = fields.Id(item, "clientId");
        var resourceId = fields.Id(item, "resourceId");
        if (clientId is null || resourceId is null)
        {
            return null;
        }

        // "A space-separated list of the claim values for delegated permissions" (the resource page).
        var scopes = (fields.String(item, "scope") ?? string.Empty).Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
        return new PermissionGrant(fields.String(item, "id"), clientId, resourceId, fields.String(item, "consentType"), fields.Id(item, "principalId"), scopes);
    }
}
