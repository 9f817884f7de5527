namespace ProfileAsCode.Rules.Tenant.Model;

/// <summary>
/// An enterprise application: the tenant's instance of an app
/// (https://learn.microsoft.com/graph/api/resources/serviceprincipal). Consent grants and Conditional
/// Access results reference it.
/// </summary>
internal sealed class EntraServicePrincipal
{
    public EntraServicePrincipal(string? id, string appId, string? displayName)
    {
        Id = id;
        AppId = appId;
        DisplayName = displayName;
    }

    /// <summary>The object ID: what <c>oAuth2PermissionGrant.clientId</c>/<c>resourceId</c> hold.</summary>
    public string? Id { get; }

    public string AppId { get; }

    public string? DisplayName { get; }

    /// <summary>The tenant where the app is registered.</summary>
    public string? AppOwnerOrganizationId { get; set; }

    /// <summary>The appId and the Application ID URIs.</summary>
    public IReadOnlyList<string>? ServicePrincipalNames { get; set; }

    public IReadOnlyList<PermissionScope>? Scopes { get; set; }

    public IReadOnlyList<AppRole>? AppRoles { get; set; }

    /// <summary>Portal: Enterprise applications → Properties → Assignment required?</summary>
    public bool? AppRoleAssignmentRequired { get; set; }
}
