using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// How findings name tenant objects: display names come from the admin's files, so they are shown
/// escaped and cut (<see cref="JsonDisplay"/>); IDs are shown as exported.
/// </summary>
internal static class TenantText
{
    public const string AdminCenter = "Entra admin center (entra.microsoft.com) → Entra ID";

    public static string Name(string? displayName) => displayName is { Length: > 0 } ? JsonDisplay.Shown(displayName) : "(no display name)";

    public static string Id(string id) => JsonDisplay.Shown(id);

    /// <summary>'Jamf Connect - OIDC Endpoint' (appId 1b2c…).</summary>
    public static string App(EntraApplication app) => "'" + Name(app.DisplayName) + "' (appId " + Id(app.AppId) + ")";

    public static string App(EntraServicePrincipal sp) => "'" + Name(sp.DisplayName) + "' (appId " + Id(sp.AppId) + ")";

    public static string Policy(ConditionalAccessPolicy policy) => "'" + Name(policy.DisplayName) + "'" + (policy.Id is null ? string.Empty : " (id " + Id(policy.Id) + ")");

    /// <summary>The portal path of an app registration's blade.</summary>
    public static string AppRegistration(EntraApplication app, string blade) => AdminCenter + " → App registrations → '" + Name(app.DisplayName) + "' → " + blade;

    public static string PolicyBlade(ConditionalAccessPolicy policy, string blade) => AdminCenter + " → Conditional Access → Policies → '" + Name(policy.DisplayName) + "' → " + blade;

    /// <summary>A profile value quoted for a message.</summary>
    public static string Quoted(string value) => "'" + JsonDisplay.Shown(value) + "'";
}
