namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1024: without <c>openid</c> no ID token comes back ([MS-SCOPES]), and Jamf Connect reads the user's
/// names and roles from it ([LJ-ROLES]). Every Jamf example scope list carries it (reference §3.7).
/// </summary>
internal static class ScopesIncludeOpenId
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        if (check.Scopes.Tokens.Count == 0 || check.Scopes.Tokens.Any(t => t.IsOpenId))
        {
            return;
        }

        findings.Add(check.Key.Report(
            RuleCatalog.OpenIdMissing,
            $"{check.Key.KeyPath} {check.Quoted} lacks 'openid'. Without it the identity provider returns no ID token, so Jamf Connect cannot read the user's name, email or roles and sign-in fails.{check.WriteNormalized}",
            check.Scopes.Normalized()));
    }
}
