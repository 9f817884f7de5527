using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant.Exports;

/// <summary>
/// An <c>application</c> object (https://learn.microsoft.com/graph/api/resources/application; the portal's
/// labels for its fields: https://learn.microsoft.com/entra/identity-platform/reference-microsoft-graph-app-manifest)
/// into <see cref="EntraApplication"/>. Shared by service principals for their scopes and roles.
/// </summary>
internal static class ApplicationMapping
{
    public static EntraApplication? Read(JsonObject item, ExportFields fields)
    {
        if (fields.Id(item, "appId") is not { } appId)
        {
            return null;
        }

        var api = fields.Object(item, "api");
        return new EntraApplication(fields.Id(item, "id"), appId, fields.String(item, "displayName"))
        {
            SignInAudience = fields.String(item, "signInAudience"),
            IdentifierUris = fields.Strings(item, "identifierUris"),
            Scopes = api is null ? null : Scopes(api, fields),
            IsFallbackPublicClient = fields.Bool(item, "isFallbackPublicClient"),
            PublicClientRedirectUris = RedirectUris(item, "publicClient", fields),
            WebRedirectUris = RedirectUris(item, "web", fields),
            SpaRedirectUris = RedirectUris(item, "spa", fields),
            RequiredResourceAccess = fields.Objects(item, "requiredResourceAccess")?.Select(entry => new RequiredResourceAccess(
                fields.Id(entry, "resourceAppId"),
                (fields.Objects(entry, "resourceAccess") ?? Array.Empty<JsonObject>()).Select(access => new ResourceAccess(fields.Id(access, "id"), fields.String(access, "type"))).ToList())).ToList(),
            AppRoles = AppRoles(item, fields),
            PasswordCredentials = fields.Objects(item, "passwordCredentials")?.Select(secret => new SecretInfo(
                fields.String(secret, "displayName"), fields.String(secret, "hint"), fields.String(secret, "endDateTime"))).ToList(),
        };
    }

    /// <summary>The <c>oauth2PermissionScopes</c> of an app's <c>api</c> or of a service principal.</summary>
    public static IReadOnlyList<PermissionScope>? Scopes(JsonObject owner, ExportFields fields) =>
        fields.Objects(owner, "oauth2PermissionScopes")?.Select(scope => new PermissionScope(
            fields.Id(scope, "id"), fields.String(scope, "value"), fields.Bool(scope, "isEnabled"))).ToList();

    public static IReadOnlyList<AppRole>? AppRoles(JsonObject owner, ExportFields fields) =>
        fields.Objects(owner, "appRoles")?.Select(role => new AppRole(
            fields.Id(role, "id"), fields.String(role, "value"), fields.String(role, "displayName"), fields.Bool(role, "isEnabled"),
            fields.Strings(role, "allowedMemberTypes"))).ToList();

    private static IReadOnlyList<string>? RedirectUris(JsonObject item, string platform, ExportFields fields) =>
        fields.Object(item, platform) is { } settings ? fields.Strings(settings, "redirectUris") : null;
}
