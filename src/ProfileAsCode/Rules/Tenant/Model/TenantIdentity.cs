namespace ProfileAsCode.Rules.Tenant.Model;

/// <summary>A tenant ID an export states, and where it comes from (for messages).</summary>
internal sealed class TenantIdentity
{
    public TenantIdentity(string tenantId, string source, string? displayName = null, IReadOnlyList<string>? verifiedDomains = null)
    {
        TenantId = tenantId;
        Source = source;
        DisplayName = displayName;
        VerifiedDomains = verifiedDomains ?? Array.Empty<string>();
    }

    /// <summary>The tenant GUID, lower case.</summary>
    public string TenantId { get; }

    /// <summary>E.g. "the organization export", "az account show", "the service principal of 'Jamf Connect - OIDC Endpoint'".</summary>
    public string Source { get; }

    public string? DisplayName { get; }

    public IReadOnlyList<string> VerifiedDomains { get; }
}
