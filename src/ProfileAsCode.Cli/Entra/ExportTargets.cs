using System.Text.RegularExpressions;
using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Cli.Entra;

/// <summary>
/// What the export commands are written for: the tenant, the OIDC Endpoint app (the client) and the API app.
/// Values not given stay placeholders the script refuses to run with. Every value is checked here (a GUID, or
/// a domain name for the tenant), so it can be pasted between single quotes in either shell.
/// </summary>
internal sealed partial class ExportTargets
{
    public const string TenantPlaceholder = "<tenant ID or primary domain: Entra ID → Overview>";
    public const string ClientPlaceholder = "<OIDCClientID: App registrations → Jamf Connect - OIDC Endpoint → Application (client) ID>";
    public const string ApiPlaceholder = "<the GUID of api://<GUID>/jamfconnect in ROPGScopes: Application (client) ID of the API app>";

    private ExportTargets(string tenant, string clientId, string apiAppId)
    {
        Tenant = tenant;
        ClientId = clientId;
        ApiAppId = apiAppId;
    }

    public string Tenant { get; }

    public string ClientId { get; }

    public string ApiAppId { get; }

    /// <summary>The values, or why one cannot be used (for a usage error); a value that cannot be used stays a placeholder.</summary>
    public static ExportTargets Of(string? tenant, string? clientId, string? apiAppId, out string? problem)
    {
        var tenantValue = tenant is null ? null : Guids.TryNormalize(tenant) ?? (DomainName().IsMatch(tenant) ? tenant.ToLowerInvariant() : null);
        var clientValue = clientId is null ? null : Guids.TryNormalize(clientId);
        var apiValue = apiAppId is null ? null : Guids.TryNormalize(apiAppId);
        problem = tenant is not null && tenantValue is null ? "--tenant must be the tenant ID (a GUID) or a domain name such as contoso.onmicrosoft.com"
            : clientId is not null && clientValue is null ? "--client-id must be an Application (client) ID, a GUID"
            : apiAppId is not null && apiValue is null ? "--api-app-id must be an Application (client) ID, a GUID"
            : null;
        return new ExportTargets(tenantValue ?? TenantPlaceholder, clientValue ?? ClientPlaceholder, apiValue ?? ApiPlaceholder);
    }

    // Labels of letters, digits and hyphens, at least two of them; nothing a shell would read specially.
    [GeneratedRegex("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$")]
    private static partial Regex DomainName();
}
