namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1024: interactive sign-in scopes without <c>openid</c>. Jamf Connect reads the user's short name,
/// full name and roles from the ID token ("Jamf Connect uses the contents of a user's ID token to determine
/// the short name", Jamf, "Custom Short Names"; "OpenID Connect User Role Settings"), and an identity
/// provider returns an ID token only when <c>openid</c> is requested (Microsoft, "OpenID Connect scopes":
/// https://learn.microsoft.com/entra/identity-platform/scopes-oidc). Not for the ROPG password check: Jamf
/// Connect uses its answer as a yes or no on the password ("Initial Password Settings": error codes listed in ROPGSuccessCodes count as
/// success), and Microsoft's ROPC page calls <c>scope</c> recommended, with the ID token returned only if
/// <c>openid</c> was asked for (https://learn.microsoft.com/entra/identity-platform/v2-oauth-ropc).
/// </summary>
internal static class ScopesIncludeOpenId
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        if (check.Key.Rule.Usage != ScopeUsage.Interactive || check.Scopes.Tokens.Count == 0 || check.Scopes.Tokens.Any(t => t.IsOpenId))
        {
            return;
        }

        findings.Add(check.Key.Report(
            RuleCatalog.OpenIdMissing,
            $"{check.Key.KeyPath} {check.Quoted} lacks 'openid'. Without it the identity provider returns no ID token, so Jamf Connect cannot read the user's name, email or roles and sign-in fails.{check.WriteNormalized}",
            check.Scopes.Normalized()));
    }
}
