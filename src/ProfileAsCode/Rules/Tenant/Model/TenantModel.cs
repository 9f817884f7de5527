namespace ProfileAsCode.Rules.Tenant.Model;

/// <summary>
/// What the admin exported from one Entra tenant, indexed the ways the checks look things up. Knows
/// which kinds of object were exported at all (<see cref="HasExported"/>): an app missing from an
/// applications export is a finding, an app missing because no applications were exported is not
/// checkable.
/// </summary>
internal sealed class TenantModel
{
    public static readonly TenantModel Empty = new(
        Array.Empty<EntraApplication>(), Array.Empty<EntraServicePrincipal>(), Array.Empty<PermissionGrant>(),
        Array.Empty<ConditionalAccessPolicy>(), Array.Empty<TenantIdentity>(), Array.Empty<TenantObjectKind>());

    private readonly HashSet<TenantObjectKind> exported;
    private readonly Dictionary<string, EntraApplication> applicationsByAppId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntraApplication> applicationsById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntraApplication> applicationsByIdentifierUri = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntraServicePrincipal> servicePrincipalsByAppId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntraServicePrincipal> servicePrincipalsById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntraServicePrincipal> servicePrincipalsByName = new(StringComparer.OrdinalIgnoreCase);

    public TenantModel(
        IReadOnlyList<EntraApplication> applications,
        IReadOnlyList<EntraServicePrincipal> servicePrincipals,
        IReadOnlyList<PermissionGrant> permissionGrants,
        IReadOnlyList<ConditionalAccessPolicy> policies,
        IReadOnlyList<TenantIdentity> statedTenants,
        IEnumerable<TenantObjectKind> exportedKinds)
    {
        Applications = applications;
        ServicePrincipals = servicePrincipals;
        PermissionGrants = permissionGrants;
        Policies = policies;
        exported = new HashSet<TenantObjectKind>(exportedKinds);

        foreach (var app in applications)
        {
            AddFirst(applicationsByAppId, app.AppId, app);
            AddFirst(applicationsById, app.Id, app);
            foreach (var uri in app.IdentifierUris ?? Array.Empty<string>())
            {
                AddFirst(applicationsByIdentifierUri, TrimSlash(uri), app);
            }
        }

        foreach (var sp in servicePrincipals)
        {
            AddFirst(servicePrincipalsByAppId, sp.AppId, sp);
            AddFirst(servicePrincipalsById, sp.Id, sp);
            foreach (var name in sp.ServicePrincipalNames ?? Array.Empty<string>())
            {
                AddFirst(servicePrincipalsByName, TrimSlash(name), sp);
            }
        }

        Tenants = WithOwnersOfExportedApps(statedTenants);
    }

    public IReadOnlyList<EntraApplication> Applications { get; }

    public IReadOnlyList<EntraServicePrincipal> ServicePrincipals { get; }

    public IReadOnlyList<PermissionGrant> PermissionGrants { get; }

    public IReadOnlyList<ConditionalAccessPolicy> Policies { get; }

    /// <summary>
    /// The tenants the exports name: the organization export, <c>az account show</c>, and the owner tenant
    /// (<c>appOwnerOrganizationId</c>) of service principals whose app is among the exported app
    /// registrations (an app registration lives in the tenant it was exported from). One entry per tenant ID.
    /// </summary>
    public IReadOnlyList<TenantIdentity> Tenants { get; }

    /// <summary>Whether at least one export of this kind was given (even an empty one).</summary>
    public bool HasExported(TenantObjectKind kind) => exported.Contains(kind);

    public EntraApplication? ApplicationByAppId(string appId) => Find(applicationsByAppId, appId);

    public EntraApplication? ApplicationById(string objectId) => Find(applicationsById, objectId);

    /// <summary>The app whose Application ID URI is <paramref name="uri"/> (case and a trailing '/' ignored), or whose appId it is.</summary>
    public EntraApplication? ApplicationByResource(string uri) => Find(applicationsByIdentifierUri, TrimSlash(uri)) ?? Find(applicationsByAppId, uri);

    public EntraServicePrincipal? ServicePrincipalByAppId(string appId) => Find(servicePrincipalsByAppId, appId);

    public EntraServicePrincipal? ServicePrincipalById(string objectId) => Find(servicePrincipalsById, objectId);

    /// <summary>The service principal with <paramref name="name"/> among its names (appId and Application ID URIs).</summary>
    public EntraServicePrincipal? ServicePrincipalByResource(string name) => Find(servicePrincipalsByName, TrimSlash(name)) ?? Find(servicePrincipalsByAppId, name);

    private List<TenantIdentity> WithOwnersOfExportedApps(IReadOnlyList<TenantIdentity> stated)
    {
        var tenants = new List<TenantIdentity>();
        foreach (var tenant in stated)
        {
            AddTenant(tenants, tenant);
        }

        foreach (var sp in ServicePrincipals)
        {
            var app = ApplicationByAppId(sp.AppId);
            var owner = sp.AppOwnerOrganizationId is null ? null : Parsing.Guids.TryNormalize(sp.AppOwnerOrganizationId);
            if (app is not null && owner is not null)
            {
                AddTenant(tenants, new TenantIdentity(owner, "the service principal of '" + TenantText.Name(app.DisplayName) + "' (appOwnerOrganizationId)"));
            }
        }

        return tenants;
    }

    private static void AddTenant(List<TenantIdentity> tenants, TenantIdentity tenant)
    {
        foreach (var known in tenants)
        {
            if (string.Equals(known.TenantId, tenant.TenantId, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        tenants.Add(tenant);
    }

    private static void AddFirst<T>(Dictionary<string, T> index, string? key, T value)
    {
        if (key is { Length: > 0 } && !index.ContainsKey(key))
        {
            index.Add(key, value);
        }
    }

    private static T? Find<T>(Dictionary<string, T> index, string key)
        where T : class => index.TryGetValue(key, out var found) ? found : null;

    private static string TrimSlash(string uri) => uri.TrimEnd('/');
}
