namespace ProfileAsCode.Rules.Parsing;

internal enum ScopeTokenKind
{
    /// <summary><c>openid</c>, <c>profile</c>, <c>email</c>, <c>offline_access</c>: combine with any one resource (Microsoft, "OpenID Connect scopes").</summary>
    OpenIdConnect,

    /// <summary><c>&lt;resource&gt;/&lt;permission&gt;</c>, or a bare name that means Microsoft Graph.</summary>
    Resource,

    /// <summary>Contains a placeholder; not judged further.</summary>
    Placeholder,
}

/// <summary>One scope of a list, classified as an OpenID Connect scope, a resource scope or a placeholder.</summary>
internal sealed class ScopeToken
{
    public const string GraphResource = "https://graph.microsoft.com";
    private const string GraphAppId = "00000003-0000-0000-c000-000000000000";

    private static readonly string[] OpenIdConnectScopes = { "openid", "profile", "email", "offline_access" };

    private ScopeToken(string text, ScopeTokenKind kind, string resource, string permission, bool resourceIsImplicit)
    {
        Text = text;
        Kind = kind;
        Resource = resource;
        Permission = permission;
        ResourceIsImplicit = resourceIsImplicit;
    }

    public string Text { get; }

    public ScopeTokenKind Kind { get; }

    /// <summary>The resource (App ID URI) as written, without a trailing slash; Graph for bare names.</summary>
    public string Resource { get; }

    /// <summary>The part after the last <c>/</c> (the permission value); empty when missing.</summary>
    public string Permission { get; }

    /// <summary>A bare name such as <c>User.Read</c>: Microsoft Graph is assumed.</summary>
    public bool ResourceIsImplicit { get; }

    public bool IsGraph => Kind == ScopeTokenKind.Resource && string.Equals(ResourceKey, GraphResource, StringComparison.Ordinal);

    /// <summary>A resource scope that is not Microsoft Graph: a custom API such as <c>api://…/jamfconnect</c>.</summary>
    public bool IsCustomApi => Kind == ScopeTokenKind.Resource && !IsGraph;

    public bool IsDefault => Kind == ScopeTokenKind.Resource && string.Equals(Permission, ".default", StringComparison.OrdinalIgnoreCase);

    public bool IsOpenId => Kind == ScopeTokenKind.OpenIdConnect && string.Equals(Text, "openid", StringComparison.OrdinalIgnoreCase);

    /// <summary>Identity of the resource for comparison: case-insensitive, Graph's aliases folded together.</summary>
    public string ResourceKey => resourceKey ??= KeyOf(Resource);

    private string? resourceKey;

    private static string KeyOf(string resource)
    {
        var key = resource.ToLowerInvariant();
        return key == GraphAppId || key == GraphResource ? GraphResource : key;
    }

    public static ScopeToken Placeholder(string text) => new(text, ScopeTokenKind.Placeholder, string.Empty, string.Empty, false);

    public static ScopeToken Classify(string text)
    {
        if (Array.Exists(OpenIdConnectScopes, scope => string.Equals(scope, text, StringComparison.OrdinalIgnoreCase)))
        {
            return new ScopeToken(text, ScopeTokenKind.OpenIdConnect, string.Empty, string.Empty, false);
        }

        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
        var lastSlash = text.LastIndexOf('/');
        if (lastSlash < authorityStart)
        {
            return schemeEnd < 0
                ? new ScopeToken(text, ScopeTokenKind.Resource, GraphResource, text, resourceIsImplicit: true)
                : new ScopeToken(text, ScopeTokenKind.Resource, text, string.Empty, false);
        }

        return new ScopeToken(text, ScopeTokenKind.Resource, text.Substring(0, lastSlash).TrimEnd('/'), text.Substring(lastSlash + 1), false);
    }

    public override string ToString() => Text;
}
