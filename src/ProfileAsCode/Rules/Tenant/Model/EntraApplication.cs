namespace ProfileAsCode.Rules.Tenant.Model;

// An app registration as Microsoft Graph describes it
// (https://learn.microsoft.com/graph/api/resources/application). A list or flag that the export does
// not carry is null, never empty: "not exported" must not read as "not configured".

internal sealed class EntraApplication
{
    public EntraApplication(string? id, string appId, string? displayName)
    {
        Id = id;
        AppId = appId;
        DisplayName = displayName;
    }

    /// <summary>The object ID (portal: Object ID), never used in protocol requests.</summary>
    public string? Id { get; }

    /// <summary>The Application (client) ID, lower case when it is a GUID.</summary>
    public string AppId { get; }

    public string? DisplayName { get; }

    /// <summary>Supported account types: <c>AzureADMyOrg</c> is single tenant.</summary>
    public string? SignInAudience { get; set; }

    /// <summary>Application ID URIs (portal: Expose an API).</summary>
    public IReadOnlyList<string>? IdentifierUris { get; set; }

    /// <summary><c>api.oauth2PermissionScopes</c>: the delegated permissions the app exposes.</summary>
    public IReadOnlyList<PermissionScope>? Scopes { get; set; }

    /// <summary>Portal: Authentication → Allow public client flows.</summary>
    public bool? IsFallbackPublicClient { get; set; }

    /// <summary>Platform "Mobile and desktop applications".</summary>
    public IReadOnlyList<string>? PublicClientRedirectUris { get; set; }

    /// <summary>Platform "Web" (a confidential client: redeeming a code needs a secret).</summary>
    public IReadOnlyList<string>? WebRedirectUris { get; set; }

    /// <summary>Platform "Single-page application".</summary>
    public IReadOnlyList<string>? SpaRedirectUris { get; set; }

    /// <summary>Portal: API permissions.</summary>
    public IReadOnlyList<RequiredResourceAccess>? RequiredResourceAccess { get; set; }

    public IReadOnlyList<AppRole>? AppRoles { get; set; }

    /// <summary>Client secrets (metadata only: Graph never returns a secret's text after creation).</summary>
    public IReadOnlyList<SecretInfo>? PasswordCredentials { get; set; }

    /// <summary>True when the app has an Application ID URI or defines scopes: it is an API (a resource).</summary>
    public bool ExposesApi => IdentifierUris is { Count: > 0 } || Scopes is { Count: > 0 };
}

/// <summary>A delegated permission an API exposes (https://learn.microsoft.com/graph/api/resources/permissionscope).</summary>
internal sealed class PermissionScope
{
    public PermissionScope(string? id, string? value, bool? isEnabled)
    {
        Id = id;
        Value = value;
        IsEnabled = isEnabled;
    }

    /// <summary>What a client's <c>requiredResourceAccess</c> points at.</summary>
    public string? Id { get; }

    /// <summary>The permission after the last '/' of a scope (<c>jamfconnect</c>).</summary>
    public string? Value { get; }

    public bool? IsEnabled { get; }
}

/// <summary>An app role (https://learn.microsoft.com/graph/api/resources/approle).</summary>
internal sealed class AppRole
{
    public AppRole(string? id, string? value, string? displayName, bool? isEnabled, IReadOnlyList<string>? allowedMemberTypes)
    {
        Id = id;
        Value = value;
        DisplayName = displayName;
        IsEnabled = isEnabled;
        AllowedMemberTypes = allowedMemberTypes;
    }

    public string? Id { get; }

    /// <summary>What the <c>roles</c> claim carries, and what OIDCAdmin must list.</summary>
    public string? Value { get; }

    public string? DisplayName { get; }

    public bool? IsEnabled { get; }

    /// <summary><c>User</c> and/or <c>Application</c>.</summary>
    public IReadOnlyList<string>? AllowedMemberTypes { get; }
}

/// <summary>One entry of "API permissions": the permissions requested from one resource app.</summary>
internal sealed class RequiredResourceAccess
{
    public RequiredResourceAccess(string? resourceAppId, IReadOnlyList<ResourceAccess> access)
    {
        ResourceAppId = resourceAppId;
        Access = access;
    }

    /// <summary>The resource's appId (not its object ID).</summary>
    public string? ResourceAppId { get; }

    public IReadOnlyList<ResourceAccess> Access { get; }
}

/// <summary>A permission requested: a scope ID with type <c>Scope</c> (delegated) or an app role ID with type <c>Role</c>.</summary>
internal sealed class ResourceAccess
{
    public ResourceAccess(string? id, string? type)
    {
        Id = id;
        Type = type;
    }

    public string? Id { get; }

    public string? Type { get; }
}

/// <summary>What an export shows of a client secret: never the secret itself.</summary>
internal sealed class SecretInfo
{
    public SecretInfo(string? displayName, string? hint, string? endDateTime)
    {
        DisplayName = displayName;
        Hint = hint;
        EndDateTime = endDateTime;
    }

    public string? DisplayName { get; }

    /// <summary>The first characters of the secret, as Graph returns them.</summary>
    public string? Hint { get; }

    public string? EndDateTime { get; }
}
