namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1020: "If you include multiple scopes, add a '+' to separate them" [LJ-ADV]; no empty tokens, no
/// commas or whitespace (reference §7.7). An unparseable scope gives AADSTS70011 [MS-ERR].
/// </summary>
internal static class ScopeListWellFormed
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        var problems = check.Scopes.FormatProblems.ToList();
        if (check.Scopes.PlusWhereSpacesExpected && !check.IsOktaIdentityEngine)
        {
            problems.Add("scopes are separated by '+' instead of spaces");
        }

        if (problems.Count == 0)
        {
            return;
        }

        findings.Add(check.Key.Report(
            RuleCatalog.ScopeListMalformed,
            $"{check.Key.KeyPath} {check.Quoted} is malformed: {string.Join("; ", problems)}. Jamf Connect passes the list on as is and Entra cannot parse it (AADSTS70011), so the request is refused. Separate scopes with {check.SeparatorName} only.{check.WriteNormalized}",
            check.Scopes.Normalized()));
    }
}
