namespace ProfileAsCode.Rules.Tenant.Model;

/// <summary>
/// Delegated permissions one client service principal holds on one resource service principal
/// (https://learn.microsoft.com/graph/api/resources/oauth2permissiongrant). "Grant admin consent"
/// writes one with <c>consentType</c> <c>AllPrincipals</c>.
/// </summary>
internal sealed class PermissionGrant
{
    public const string AllPrincipals = "AllPrincipals";

    public PermissionGrant(string? id, string? clientId, string? resourceId, string? consentType, string? principalId, IReadOnlyList<string> scopes)
    {
        Id = id;
        ClientId = clientId;
        ResourceId = resourceId;
        ConsentType = consentType;
        PrincipalId = principalId;
        Scopes = scopes;
    }

    public string? Id { get; }

    /// <summary>The client's service principal object ID (not its appId).</summary>
    public string? ClientId { get; }

    /// <summary>The resource's service principal object ID.</summary>
    public string? ResourceId { get; }

    public string? ConsentType { get; }

    public string? PrincipalId { get; }

    /// <summary>The permission values of the space-separated <c>scope</c> (values, not <c>api://</c> URIs).</summary>
    public IReadOnlyList<string> Scopes { get; }

    public bool IsAdminConsent => string.Equals(ConsentType, AllPrincipals, StringComparison.OrdinalIgnoreCase);
}
