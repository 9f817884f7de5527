using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1022: a custom API scope is <c>&lt;App ID URI&gt;/&lt;permission&gt;</c>; the URI follows Microsoft's
/// patterns [MS-IDURI] and the permission value Graph's rules [GRAPH-PS] without Jamf's '+' (reference §3.3, §3.4, §3.7).
/// </summary>
internal static class CustomScopeWellFormed
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        if (!check.Key.AppliesToEntra)
        {
            return;
        }

        foreach (var token in check.Scopes.Tokens.Where(t => t.Kind == ScopeTokenKind.Resource))
        {
            var problem = (token.IsGraph ? null : AppIdUri.Problem(token.Resource)) ?? AppIdUri.PermissionProblem(token.Permission);
            if (problem is null)
            {
                continue;
            }

            findings.Add(check.Key.Report(
                RuleCatalog.CustomScopeMalformed,
                $"{check.Key.KeyPath}: scope '{token.Text}' is malformed: {problem}. Entra cannot parse it (AADSTS70011: scope must be a valid URI 'https://example/scope' or '<guid>/scope'). Write the API's Application ID URI and permission, e.g. 'api://<API application ID>/jamfconnect'."));
        }
    }
}
