namespace ProfileAsCode.Rules.Tenant.Model;

/// <summary>What one exported JSON object is, told from its content (never from the file name).</summary>
internal enum TenantObjectKind
{
    /// <summary>An app registration (Microsoft Graph <c>application</c>).</summary>
    Application,

    /// <summary>An enterprise application (<c>servicePrincipal</c>).</summary>
    ServicePrincipal,

    /// <summary>A delegated permission grant (<c>oAuth2PermissionGrant</c>): consent.</summary>
    PermissionGrant,

    /// <summary>A Conditional Access policy (<c>conditionalAccessPolicy</c>).</summary>
    ConditionalAccessPolicy,

    /// <summary>The tenant itself (<c>organization</c>), or <c>az account show</c> output.</summary>
    Organization,

    /// <summary>A sign-in log record (<c>signIn</c>); read by the sign-in diagnosis, not as a tenant export.</summary>
    SignIn,
}
