namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1027: requesting the MFA-excluded custom API at interactive login makes that login single-factor
/// (Jamf, "Creating a Jamf Connect Configuration with Conditional Access": set OIDCScopes to the ROPG value "unless you want MFA enforced at login"). Information only:
/// Jamf's 2022–2023 recipe did exactly this on purpose (Jamf's Conditional Access PDF, github.com/jamf/jamfconnect azure_conditional_access).
/// </summary>
internal static class InteractiveScopesKeepMfa
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        if (check.Key.Rule.Usage != ScopeUsage.Interactive || !check.Key.AppliesToEntra)
        {
            return;
        }

        var customApi = check.Scopes.Tokens.FirstOrDefault(t => t.IsCustomApi);
        if (customApi is null)
        {
            return;
        }

        findings.Add(check.Key.Report(
            RuleCatalog.InteractiveScopesSkipMfa,
            $"{check.Key.KeyPath} {check.Quoted} requests the custom API scope '{customApi.Text}'. If your MFA Conditional Access policy excludes that API (Jamf's ROPG recipe), interactive login at the login window no longer asks for MFA. To keep MFA at login, write 'openid+email+profile' here and keep the API scope in ROPGScopes only."));
    }
}
