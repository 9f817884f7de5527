using ProfileAsCode.Rules.Parsing;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// A custom API scope of the profile (<c>api://…/jamfconnect</c> in ROPGScopes or OIDCScopes) and the
/// tenant objects it names: the app registration whose Application ID URI (or appId) is the scope's
/// resource, else an enterprise application with that name.
/// </summary>
internal sealed class ApiScope
{
    private PermissionScope? enabledScope;
    private bool enabledScopeKnown;

    public ApiScope(KeyFact key, string value, ScopeToken token, TenantModel tenant)
    {
        Key = key;
        Value = value;
        Token = token;
        Application = tenant.ApplicationByResource(token.Resource);
        ServicePrincipal = Application is null ? tenant.ServicePrincipalByResource(token.Resource) : tenant.ServicePrincipalByAppId(Application.AppId);
    }

    public KeyFact Key { get; }

    /// <summary>The whole scope list, as written.</summary>
    public string Value { get; }

    public ScopeToken Token { get; }

    public EntraApplication? Application { get; }

    public EntraServicePrincipal? ServicePrincipal { get; }

    public bool IsResolved => Application is not null || ServicePrincipal is not null;

    public string? AppId => Application?.AppId ?? ServicePrincipal?.AppId;

    /// <summary>The API's scopes: the app registration's, else the enterprise application's copy; null when not exported.</summary>
    public IReadOnlyList<PermissionScope>? Scopes => Application?.Scopes ?? ServicePrincipal?.Scopes;

    /// <summary>The enabled scope whose value is the permission, matched exactly.</summary>
    public PermissionScope? EnabledScope
    {
        get
        {
            if (!enabledScopeKnown)
            {
                enabledScope = Scopes?.FirstOrDefault(s => s.IsEnabled == true && string.Equals(s.Value, Token.Permission, StringComparison.Ordinal));
                enabledScopeKnown = true;
            }

            return enabledScope;
        }
    }

    /// <summary>'Jamf Connect - Conditional Access Policy API' (appId …).</summary>
    public string Describe() => Application is not null ? TenantText.App(Application) : ServicePrincipal is not null ? TenantText.App(ServicePrincipal) : TenantText.Quoted(Token.Resource);

    /// <summary>The scope list with this scope replaced by <paramref name="replacement"/> (or removed when null), joined with '+'.</summary>
    public string With(string? replacement)
    {
        var tokens = ScopeList.Parse(Value, ScopeSeparator.Plus).Tokens.Select(t => t.Text)
            .Select(text => string.Equals(text, Token.Text, StringComparison.Ordinal) ? replacement : text)
            .OfType<string>()
            .ToList();
        return tokens.Count == 0 ? "openid" : string.Join("+", tokens);
    }

    /// <summary>The custom API scopes of a scope-list key.</summary>
    public static IEnumerable<ApiScope> Of(KeyFact key, TenantModel tenant)
    {
        var value = key.Value.AsString ?? string.Empty;
        foreach (var token in ScopeList.Parse(value, ScopeSeparator.Plus).Tokens)
        {
            if (token.IsCustomApi && token.Resource.Length > 0)
            {
                yield return new ApiScope(key, value, token, tenant);
            }
        }
    }
}
