using ProfileAsCode.Rules.Parsing;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// One run of the tenant checks: the profile's Entra keys, the tenant model, what the profile's IDs
/// resolve to, and the findings and not-checkable notes collected so far.
/// </summary>
internal sealed class TenantCheck
{
    private readonly List<Finding> findings = new();
    private readonly List<NotCheckable> notCheckable = new();
    private List<ApiScope>? ropgApis;
    private List<ApiScope>? distinctRopgApis;
    private List<ApiScope>? interactiveApis;
    private HashSet<EntraApplication>? scopeApps;

    public TenantCheck(EntraProfile profile, TenantModel tenant)
    {
        Profile = profile;
        Tenant = tenant;
    }

    public EntraProfile Profile { get; }

    public TenantModel Tenant { get; }

    /// <summary>Whether app registrations or enterprise applications were exported: client IDs can be looked up.</summary>
    public bool HasApps => Tenant.HasExported(TenantObjectKind.Application) || Tenant.HasExported(TenantObjectKind.ServicePrincipal);

    /// <summary>The custom API scopes of ROPGScopes (login window and menu bar).</summary>
    public IReadOnlyList<ApiScope> RopgApis => ropgApis ??= Profile.RopgScopeKeys.SelectMany(key => ApiScope.Of(key, Tenant)).ToList();

    /// <summary>The first scope of each distinct resolved API (one policy finding per API, not per key).</summary>
    // Worked out once per check: most rules ask (the analyzer runs the checks on every profile of every compilation).
    public IReadOnlyList<ApiScope> DistinctRopgApis =>
        distinctRopgApis ??= RopgApis.Where(api => api.AppId is not null).GroupBy(api => api.AppId, StringComparer.OrdinalIgnoreCase).Select(group => group.First()).ToList();

    /// <summary>The custom API scopes of OIDCScopes (the login window's interactive sign-in).</summary>
    public IReadOnlyList<ApiScope> InteractiveApis =>
        interactiveApis ??= Profile.InteractiveScopes is { } key ? ApiScope.Of(key, Tenant).ToList() : new List<ApiScope>();

    public TenantCheckResult Result => new(findings, notCheckable);

    /// <summary>The app registration a client-ID key names (GUIDs compared ignoring case and braces).</summary>
    public EntraApplication? ApplicationOf(KeyFact key) => Guid(key) is { } id ? Tenant.ApplicationByAppId(id) : null;

    public EntraServicePrincipal? ServicePrincipalOf(KeyFact key) => Guid(key) is { } id ? Tenant.ServicePrincipalByAppId(id) : null;

    /// <summary>The exported app that looks like Jamf's OIDC Endpoint app (public client with a public-client redirect URI, no API), when exactly one does.</summary>
    public EntraApplication? SoleEndpointApp()
    {
        var candidates = Tenant.Applications
            .Where(app => app.IsFallbackPublicClient == true && app.PublicClientRedirectUris is { Count: > 0 } && !app.ExposesApi)
            .Take(2)
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>
    /// Why <paramref name="app"/> is an API app rather than a client (PAC5003 reports it; the client rules
    /// then stay quiet about it), or null when it is not one: it is the resource of the profile's own API
    /// scope, or it defines scopes and is no public client.
    /// </summary>
    public string? ApiAppReason(EntraApplication app)
    {
        scopeApps ??= new HashSet<EntraApplication>(RopgApis.Concat(InteractiveApis).Select(api => api.Application).OfType<EntraApplication>());
        if (scopeApps.Contains(app))
        {
            return "the app the profile's own API scope names";
        }

        return app.Scopes is { Count: > 0 } && app.IsFallbackPublicClient != true && app.PublicClientRedirectUris is not { Count: > 0 }
            ? "an app that exposes an API and is no public client"
            : null;
    }

    /// <summary>The app registration a client-ID key names, unless it is an API app (PAC5003's).</summary>
    public EntraApplication? ClientApplicationOf(KeyFact key) => ApplicationOf(key) is { } app && ApiAppReason(app) is null ? app : null;

    public static string? Guid(KeyFact key) => key.Value.AsString is { } text ? Guids.TryNormalize(text) : null;

    public void Report(RuleDescriptor rule, KeyFact key, string message, string? replacement = null) =>
        findings.Add(new Finding(rule, message, key.KeyPath, key.Origin, replacement, replacement is null ? null : FindingProperties.Replace(key.KeyPath, replacement)));

    public void NotCheckable(RuleDescriptor rule, string reason)
    {
        if (!notCheckable.Any(n => n.Rule == rule && n.Reason == reason))
        {
            notCheckable.Add(new NotCheckable(rule, reason));
        }
    }
}
