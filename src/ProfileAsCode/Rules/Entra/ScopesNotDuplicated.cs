using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Entra;

/// <summary>PAC1025: a scope listed twice (scopes compare without regard to case).</summary>
internal static class ScopesNotDuplicated
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        var tokens = check.Scopes.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            // Reported once, at the first spelling: skip a token already seen, and one never repeated.
            if (IndexOf(tokens, tokens[i].Text, 0, i) >= 0 || IndexOf(tokens, tokens[i].Text, i + 1, tokens.Count) < 0)
            {
                continue;
            }

            var duplicate = tokens[i].Text;
            findings.Add(check.Key.Report(
                RuleCatalog.DuplicateScope,
                $"{check.Key.KeyPath} {check.Quoted} lists '{duplicate}' more than once. The request still works, but a repeated scope usually means a copy-and-paste slip (often a second resource meant instead).{check.WriteNormalized}",
                check.Scopes.Normalized()));
        }
    }

    private static int IndexOf(IReadOnlyList<ScopeToken> tokens, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (string.Equals(tokens[i].Text, text, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
