namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1020: a scope list Jamf Connect cannot split into scopes: empty, empty scopes between separators,
/// commas or semicolons, stray whitespace; for Entra ID (which takes '+': "If you include multiple scopes,
/// add a '+' to separate them", Jamf, "Advanced Login Authentication Settings") also whitespace between
/// scopes. Other providers take spaces too (<see cref="ScopeCheck"/>). An unparseable scope gives AADSTS70011
/// at Entra (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
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

        if (check.Scopes.WhitespaceWherePlusExpected && check.RequiresPlus)
        {
            problems.Add("scopes are separated by whitespace instead of '+'");
        }

        if (problems.Count == 0)
        {
            return;
        }

        var consequence = check.Key.ProviderIsEntra || check.Key.Rule.ProviderKey is null
            ? "Jamf Connect passes the list on as is and Entra cannot parse it (AADSTS70011), so the request is refused"
            : "Jamf Connect passes the list on as is and the identity provider receives scopes it does not know, so the request is refused or lacks claims";
        findings.Add(check.Key.Report(
            RuleCatalog.ScopeListMalformed,
            $"{check.Key.KeyPath} {check.Quoted} is malformed: {string.Join("; ", problems)}. {consequence}. Separate scopes with {check.SeparatorName} only.{check.WriteNormalized}",
            check.Scopes.Normalized()));
    }
}
