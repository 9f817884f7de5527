namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5004: the ROPG client (OIDCROPGID, IdPSettings.ROPGID) has "Allow public client flows" on
/// (<c>isFallbackPublicClient</c>, https://learn.microsoft.com/entra/identity-platform/reference-microsoft-graph-app-manifest),
/// which Jamf's "Creating an Application Registration with a Custom Scope" requires because it "enables
/// ROPG". Off, Entra treats the app as confidential and refuses the password grant with AADSTS7000218.
/// </summary>
internal static class RopgClientAllowsPublicFlows
{
    public static void Check(TenantCheck check)
    {
        foreach (var key in check.Profile.RopgClientIds)
        {
            var app = check.ClientApplicationOf(key);
            if (app is null)
            {
                if (check.ApplicationOf(key) is null && check.ServicePrincipalOf(key) is not null)
                {
                    check.NotCheckable(RuleCatalog.PublicClientFlowsOff, $"{key.KeyPath} names an app whose app registration was not exported, only its enterprise application; \"Allow public client flows\" is a setting of the app registration.");
                }

                continue;
            }

            if (app.IsFallbackPublicClient is null)
            {
                check.NotCheckable(RuleCatalog.PublicClientFlowsOff, $"the export of {TenantText.App(app)} does not carry isFallbackPublicClient.");
                continue;
            }

            if (app.IsFallbackPublicClient == false)
            {
                check.Report(
                    RuleCatalog.PublicClientFlowsOff,
                    key,
                    $"{key.KeyPath} names {TenantText.App(app)}, whose \"Allow public client flows\" is off (isFallbackPublicClient false). Entra then treats it as a confidential client and refuses Jamf Connect's ROPG password check with AADSTS7000218 (the request must contain client_assertion or client_secret). Fix: {TenantText.AppRegistration(app, "Authentication → Advanced settings → Allow public client flows → Yes")}.");
            }
        }
    }
}
