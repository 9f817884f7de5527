using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1029: a scope's Application ID URI that Entra parses but that is none of Microsoft's "secure patterns"
/// (https://learn.microsoft.com/entra/identity-platform/identifier-uri-restrictions). Microsoft's restriction
/// applies to URIs added to an app from its enforcement date on; existing URIs keep working, and tenants may
/// exempt apps that receive v2 tokens (identifierUriRestriction.excludeAppsReceivingV2Tokens,
/// https://learn.microsoft.com/graph/api/resources/identifierurirestriction). So nothing fails at sign-in
/// because of the pattern: a warning, for URIs a new tenant could not register.
/// </summary>
internal static class AppIdUriFollowsPatterns
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        if (!check.Key.AppliesToEntra)
        {
            return;
        }

        foreach (var token in check.Scopes.Tokens.Where(t => t.Kind == ScopeTokenKind.Resource && !t.IsGraph))
        {
            if (AppIdUri.UnparseableProblem(token.Resource) is not null || AppIdUri.PatternProblem(token.Resource) is not { } problem)
            {
                continue;
            }

            findings.Add(check.Key.Report(
                RuleCatalog.AppIdUriOutsidePatterns,
                $"{check.Key.KeyPath}: scope '{token.Text}': {problem}. An app that already has this Application ID URI keeps working, but tenants that enforce Microsoft's identifier URI restriction refuse to add it to a new or changed app registration. If you register the API anew, use 'api://<API application ID>'."));
        }
    }
}
