namespace ProfileAsCode.Rules.Entra;

/// <summary>PAC1028: "Okta requires space delimiters in the scope request instead of a +" (Jamf, "OpenID Connect User Role Settings").</summary>
internal static class OktaIdentityEngineScopesUseSpaces
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        if (!check.IsOktaIdentityEngine || !check.Scopes.PlusWhereSpacesExpected)
        {
            return;
        }

        findings.Add(check.Key.Report(
            RuleCatalog.OktaIdentityEngineNeedsSpaces,
            $"{check.Key.KeyPath} {check.Quoted} separates scopes with '+', but the provider is Okta Identity Engine, which requires spaces. Okta then drops scopes such as 'groups', and admin roles are not applied at login.{check.WriteNormalized}",
            check.Scopes.Normalized()));
    }
}
