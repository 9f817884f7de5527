namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5015: with OIDCAdminAttribute <c>roles</c>, each OIDCAdmin entry is the <c>value</c> of an enabled app
/// role of the OIDC client that users can be assigned (allowedMemberTypes contains User): the
/// <c>roles</c> claim carries role values, not display names ("Designating App Roles" and "OpenID Connect
/// User Role Settings", learn.jamf.com; https://learn.microsoft.com/entra/identity-platform/howto-add-app-roles-in-apps).
/// No sign-in fails: admins are created as standard users. Whether users hold the role
/// (appRoleAssignedTo) is not in the exports.
/// </summary>
internal static class AdminRolesAreAppRoles
{
    public static void Check(TenantCheck check)
    {
        var admin = check.Profile.Admin;
        var attribute = check.Profile.AdminAttribute?.Value.AsString;
        var client = check.Profile.InteractiveClientId;
        if (admin?.Value.Value is not IReadOnlyList<FactValue> entries || !string.Equals(attribute, "roles", StringComparison.OrdinalIgnoreCase) || client is null)
        {
            return;
        }

        if (check.ApplicationOf(client) is { } any && check.ApiAppReason(any) is not null)
        {
            return; // PAC5003's
        }

        var app = check.ClientApplicationOf(client);
        var roles = app?.AppRoles ?? (app is null ? check.ServicePrincipalOf(client)?.AppRoles : null);
        var owner = app is not null ? TenantText.App(app) : check.ServicePrincipalOf(client) is { } sp ? TenantText.App(sp) : null;
        if (owner is null)
        {
            return;
        }

        if (roles is null)
        {
            check.NotCheckable(RuleCatalog.AdminRoleNotAppRole, $"the export of {owner} does not carry its app roles.");
            return;
        }

        check.NotCheckable(RuleCatalog.AdminRoleNotAppRole, "whether users or groups are assigned the admin role (Enterprise applications → Users and groups) is not in these exports.");
        foreach (var entry in entries)
        {
            if (entry.AsString is not { } value)
            {
                continue;
            }

            var exact = roles.FirstOrDefault(r => string.Equals(r.Value, value, StringComparison.Ordinal));
            string? problem = null;
            if (exact is null)
            {
                var byName = roles.FirstOrDefault(r => string.Equals(r.DisplayName, value, StringComparison.Ordinal) && r.Value is not null)
                    ?? roles.FirstOrDefault(r => string.Equals(r.Value, value, StringComparison.OrdinalIgnoreCase));
                var known = roles.Where(r => r.IsEnabled == true && r.Value is not null).Select(r => "'" + TenantText.Name(r.Value) + "'").Take(5).ToList();
                problem = byName is not null
                    ? $"is no role value of {owner}; the role '{TenantText.Name(byName.DisplayName)}' has the value '{TenantText.Name(byName.Value)}', which is what the roles claim carries. Write '{TenantText.Name(byName.Value)}'"
                    : $"is no app role value of {owner} ({(known.Count == 0 ? "it defines no enabled app role" : "its enabled role values: " + string.Join(", ", known))}). Use a role's Value, or add the role ({(app is null ? "App registrations" : TenantText.AppRegistration(app, "App roles"))})";
            }
            else if (exact.IsEnabled == false)
            {
                problem = $"is an app role of {owner} that is disabled, so no token carries it. Enable it ({(app is null ? "App registrations" : TenantText.AppRegistration(app, "App roles"))})";
            }
            else if (exact.AllowedMemberTypes is { } types && !types.Contains("User", StringComparer.OrdinalIgnoreCase))
            {
                problem = $"is an app role of {owner} that only applications can be assigned (allowed member types: {string.Join(", ", types.Select(t => TenantText.Name(t)))}). Allow Users/Groups";
            }

            if (problem is not null)
            {
                check.Report(
                    RuleCatalog.AdminRoleNotAppRole,
                    admin,
                    $"OIDCAdmin entry {TenantText.Quoted(value)} {problem}. As written no ID token carries it, and admins are created as standard users.");
            }
        }
    }
}
