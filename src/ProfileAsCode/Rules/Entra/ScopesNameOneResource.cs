using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1023: a token is good for one resource (Microsoft Q&amp;A 1192917); more gives AADSTS700022 (Microsoft, "Microsoft Entra authentication and authorization error codes") or AADSTS28000
/// (MSAL.js issue 1487). Bare names such as <c>User.Read</c> are Graph (Microsoft, "OpenID Connect scopes"); <c>.default</c> is not mixed with
/// other scopes (Microsoft, "OpenID Connect scopes").
/// </summary>
internal static class ScopesNameOneResource
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        if (!check.Key.AppliesToEntra)
        {
            return;
        }

        var resources = new List<ScopeToken>();
        var distinct = new List<ScopeToken>(); // the first scope of each resource
        foreach (var token in check.Scopes.Tokens)
        {
            if (token.Kind != ScopeTokenKind.Resource)
            {
                continue;
            }

            resources.Add(token);
            if (!distinct.Exists(seen => string.Equals(seen.ResourceKey, token.ResourceKey, StringComparison.Ordinal)))
            {
                distinct.Add(token);
            }
        }

        if (distinct.Count > 1)
        {
            var named = string.Join(", ", distinct.Select(Describe));
            findings.Add(check.Key.Report(
                RuleCatalog.ScopesNameSeveralResources,
                $"{check.Key.KeyPath} {check.Quoted} names {distinct.Count} resources: {named}. An Entra token is issued for one resource only, so the request fails with AADSTS700022 (AADSTS28000 at the token endpoint). Keep the scopes of one resource; 'openid', 'profile', 'email' and 'offline_access' may accompany it."));
            return;
        }

        var defaultScope = resources.FirstOrDefault(t => t.IsDefault);
        if (defaultScope is not null && resources.Count > 1)
        {
            findings.Add(check.Key.Report(
                RuleCatalog.ScopesNameSeveralResources,
                $"{check.Key.KeyPath} {check.Quoted} mixes '{defaultScope.Text}' with other scopes of the same resource. '.default' already requests every configured permission and cannot be combined with named ones (AADSTS70011). Keep either '{defaultScope.Text}' or the named scopes."));
        }
    }

    private static string Describe(ScopeToken token) => token.IsGraph
        ? "Microsoft Graph ('" + token.Text + "'" + (token.ResourceIsImplicit ? ", a bare name means Graph" : string.Empty) + ")"
        : "'" + token.Resource + "'";
}
