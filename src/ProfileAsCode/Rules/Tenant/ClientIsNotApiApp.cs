namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5003: Jamf's guide uses the "Jamf Connect - OIDC Endpoint" app as OIDC and ROPG client and a
/// separate API app as the resource that MFA policies exclude (Creating a Jamf Connect Configuration with
/// Conditional Access, learn.jamf.com). A client ID that names the API app — the resource of the profile's
/// own API scope, or an app that defines scopes and is no public client — breaks both sign-ins: it has no
/// public-client redirect URI (AADSTS50011) and no public client flows (AADSTS7000218), and an API that
/// allows public client flows cannot be excluded from Conditional Access ("Excluding the Custom API from
/// Conditional Access Policies", learn.jamf.com).
/// </summary>
internal static class ClientIsNotApiApp
{
    public static void Check(TenantCheck check)
    {
        foreach (var key in check.Profile.ClientIds)
        {
            var app = check.ApplicationOf(key);
            if (app is null)
            {
                continue;
            }

            if (check.ApiAppReason(app) is not { } why)
            {
                continue;
            }

            var endpoint = check.SoleEndpointApp();
            var suggestion = endpoint is null ? " Copy the Application (client) ID of the \"Jamf Connect - OIDC Endpoint\" app." : $" Write the appId of {TenantText.App(endpoint)}.";
            check.Report(
                RuleCatalog.ClientIdIsApiApp,
                key,
                $"{key.KeyPath} names {TenantText.App(app)}, {why}, not the OIDC Endpoint app. That app is the resource Conditional Access excludes, not the client: the login window fails with AADSTS50011 (no matching public-client redirect URI) and the ROPG check with AADSTS7000218 (it is no public client).{suggestion}",
                endpoint?.AppId);
        }
    }
}
