using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1026: since Microsoft's phased Conditional Access change (from March 2026, (Microsoft, "Conditional Access: Target resources")) the low-privilege
/// OIDC scopes no longer escape an "All resources" MFA policy, so ROPG with only them meets AADSTS50076.
/// Jamf's current guide puts the MFA-excluded custom API on ROPG (Jamf, "Creating a Jamf Connect Configuration with Conditional Access"). Jamf's older PDFs did not
/// (Jamf's Conditional Access PDF, github.com/jamf/jamfconnect azure_conditional_access), so this is a warning, not an error.
/// </summary>
internal static class RopgScopesRequestCustomApi
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        if (check.Key.Rule.Usage != ScopeUsage.PasswordGrant || !check.Key.AppliesToEntra
            || check.Scopes.Tokens.Count == 0 || check.Scopes.Tokens.Any(t => t.IsCustomApi || t.Kind == ScopeTokenKind.Placeholder))
        {
            return;
        }

        findings.Add(check.Key.Report(
            RuleCatalog.RopgScopesLackCustomApi,
            $"{check.Key.KeyPath} {check.Quoted} requests no custom API scope. Since Microsoft's March 2026 Conditional Access change these scopes fall under an \"All resources\" MFA policy, so the background password check meets AADSTS50076 (Jamf Connect counts it as success, but Entra logs a failed, risky sign-in and stricter policies block it). Jamf's current guide requests the API that the MFA policy excludes: 'api://<API application ID>/jamfconnect+openid+email+profile'. If no MFA policy covers Jamf Connect, lower this rule's severity."));
    }
}
