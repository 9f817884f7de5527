namespace ProfileAsCode.Rules.Entra;

/// <summary>PAC1025: a scope listed twice (scopes compare without regard to case).</summary>
internal static class ScopesNotDuplicated
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        var duplicates = check.Scopes.Tokens
            .GroupBy(t => t.Text, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.First().Text)
            .ToList();
        foreach (var duplicate in duplicates)
        {
            findings.Add(check.Key.Report(
                RuleCatalog.DuplicateScope,
                $"{check.Key.KeyPath} {check.Quoted} lists '{duplicate}' more than once. The request still works, but a repeated scope usually means a copy-and-paste slip (often a second resource meant instead).{check.WriteNormalized}",
                check.Scopes.Normalized()));
        }
    }
}
