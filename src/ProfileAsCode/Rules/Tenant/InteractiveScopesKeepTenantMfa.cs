namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5013: OIDCScopes requests the custom API that an enabled MFA policy excludes. Conditional Access
/// evaluates the resource of the request, so the login window's interactive sign-in then gets no MFA;
/// Jamf's guide sets OIDCScopes to the ROPG value only "if you do not want MFA enforced at login"
/// (Creating a Jamf Connect Configuration with Conditional Access, learn.jamf.com). PAC1027 says the same
/// without the tenant, as information; here the exports show the exclusion.
/// </summary>
internal static class InteractiveScopesKeepTenantMfa
{
    public static void Check(TenantCheck check)
    {
        if (check.Profile.InteractiveScopes is not { } key)
        {
            return;
        }

        foreach (var api in check.InteractiveApis)
        {
            if (api.AppId is not { } appId)
            {
                continue;
            }

            var policy = check.Tenant.Policies.FirstOrDefault(p => p.IsEnabled && p.GrantControls is { RequiresMfa: true }
                && p.Conditions?.Applications is { } apps && PolicyReach.Contains(apps.Exclude, appId));
            if (policy is null)
            {
                continue;
            }

            var without = api.With(null);
            check.Report(
                RuleCatalog.InteractiveScopesRequestExcludedApi,
                key,
                $"{key.KeyPath} requests {TenantText.Quoted(api.Token.Text)}, the API of {api.Describe()} that MFA policy {TenantText.Policy(policy)} excludes. Conditional Access judges the login window's sign-in by that resource, so users sign in at the Mac without MFA (the sign-in log shows single-factor authentication). To keep MFA at login write {TenantText.Quoted(without)} and keep the API scope in ROPGScopes only.",
                without);
        }
    }
}
