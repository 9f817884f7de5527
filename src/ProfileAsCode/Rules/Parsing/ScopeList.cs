namespace ProfileAsCode.Rules.Parsing;

/// <summary>
/// A scope string as Jamf Connect reads it: <c>+</c>-separated ("If you include multiple scopes, add a '+'
/// to separate them", Jamf, "Advanced Login Authentication Settings"), or space-separated (Okta Identity
/// Engine, Jamf, "OpenID Connect User Role Settings"; Jamf's Keycloak sample). Parsing never fails; what is
/// off is collected in <see cref="FormatProblems"/> and the scopes are still classified.
/// </summary>
internal sealed class ScopeList
{
    private static readonly char[] AnySeparator = { '+', ' ', '\t', '\r', '\n', ',', ';' };

    private ScopeList(ScopeSeparator separator, IReadOnlyList<ScopeToken> tokens, IReadOnlyList<string> formatProblems, bool plusWhereSpacesExpected, bool whitespaceWherePlusExpected)
    {
        Separator = separator;
        Tokens = tokens;
        FormatProblems = formatProblems;
        PlusWhereSpacesExpected = plusWhereSpacesExpected;
        WhitespaceWherePlusExpected = whitespaceWherePlusExpected;
    }

    public ScopeSeparator Separator { get; }

    public IReadOnlyList<ScopeToken> Tokens { get; }

    /// <summary>Separator, empty-token and whitespace problems, each a short phrase for a message.</summary>
    public IReadOnlyList<string> FormatProblems { get; }

    /// <summary>Space separation was expected but <c>+</c> was used.</summary>
    public bool PlusWhereSpacesExpected { get; }

    /// <summary><c>+</c> separation was expected but whitespace separates scopes (not a format problem for every provider).</summary>
    public bool WhitespaceWherePlusExpected { get; }

    public bool HasPlaceholder => Tokens.Any(t => t.Kind == ScopeTokenKind.Placeholder);

    public static ScopeList Parse(string value, ScopeSeparator separator)
    {
        var protectedText = ProtectPlaceholders(value, out var placeholders);
        var problems = new List<string>();
        var plusUsed = false;
        var whitespaceUsed = false;
        if (separator == ScopeSeparator.Plus)
        {
            whitespaceUsed = CollectPlusProblems(protectedText, problems);
        }
        else
        {
            plusUsed = protectedText.IndexOf('+') >= 0;
            CollectSpaceProblems(protectedText, problems);
        }

        // Separators that do not belong still separate scopes, so the scopes can be judged and the fix built.
        var tokens = protectedText.Split(AnySeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(text => text.IndexOf(PlaceholderMark) >= 0 ? ScopeToken.Placeholder(Restore(text, placeholders)) : ScopeToken.Classify(text))
            .ToList();

        return new ScopeList(separator, tokens, problems, plusUsed, whitespaceUsed);
    }

    /// <summary>
    /// The certain fix: every scope once (first spelling wins), <c>openid</c> added before the other
    /// OpenID Connect scopes, joined with the expected separator. Null when a placeholder is left or
    /// there is no scope at all, because then no value is certain.
    /// </summary>
    public string? Normalized()
    {
        if (HasPlaceholder || Tokens.Count == 0)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var token in Tokens)
        {
            if (!result.Any(t => string.Equals(t, token.Text, StringComparison.OrdinalIgnoreCase)))
            {
                result.Add(token.Text);
            }
        }

        if (!Tokens.Any(t => t.IsOpenId))
        {
            var firstOidc = Tokens.FirstOrDefault(t => t.Kind == ScopeTokenKind.OpenIdConnect);
            var at = firstOidc is null ? result.Count : result.FindIndex(t => string.Equals(t, firstOidc.Text, StringComparison.OrdinalIgnoreCase));
            result.Insert(at, "openid");
        }

        return string.Join(Separator == ScopeSeparator.Plus ? "+" : " ", result);
    }

    /// <summary>Collects the problems of a <c>+</c> list; returns whether whitespace separates scopes.</summary>
    private static bool CollectPlusProblems(string text, List<string> problems)
    {
        if (text.Trim().Length == 0)
        {
            problems.Add("the list is empty");
            return false;
        }

        if (text.StartsWith("+", StringComparison.Ordinal) || text.EndsWith("+", StringComparison.Ordinal))
        {
            problems.Add("it starts or ends with '+'");
        }

        if (text.IndexOf("++", StringComparison.Ordinal) >= 0)
        {
            problems.Add("it has an empty scope between two '+'");
        }

        if (text.IndexOf(',') >= 0 || text.IndexOf(';') >= 0)
        {
            problems.Add("scopes are separated by ',' or ';' instead of '+'");
        }

        var trimmed = text.Trim();
        if (trimmed.Length != text.Length)
        {
            problems.Add("it has leading or trailing whitespace");
        }

        return trimmed.Any(char.IsWhiteSpace);
    }

    private static void CollectSpaceProblems(string text, List<string> problems)
    {
        if (text.Trim().Length == 0)
        {
            problems.Add("the list is empty");
            return;
        }

        if (text.IndexOf(',') >= 0 || text.IndexOf(';') >= 0)
        {
            problems.Add("scopes are separated by ',' or ';' instead of spaces");
        }

        if (text.Any(c => char.IsWhiteSpace(c) && c != ' '))
        {
            problems.Add("it contains tabs or line breaks");
        }

        if (text.Trim().Length != text.Length || text.IndexOf("  ", StringComparison.Ordinal) >= 0)
        {
            problems.Add("it has leading, trailing or doubled spaces");
        }
    }

    // A placeholder such as "[APPLICATION ID]" contains a space; keep it in one piece while splitting.
    private const char PlaceholderMark = '\u0001';

    private static string ProtectPlaceholders(string value, out List<string> placeholders)
    {
        placeholders = new List<string>();
        var text = value;
        string? found;
        while ((found = Placeholders.Find(text)) is not null)
        {
            text = text.Replace(found, PlaceholderMark + placeholders.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + PlaceholderMark);
            placeholders.Add(found);
        }

        return text;
    }

    private static string Restore(string text, List<string> placeholders)
    {
        for (var i = 0; i < placeholders.Count; i++)
        {
            text = text.Replace(PlaceholderMark + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + PlaceholderMark, placeholders[i]);
        }

        return text;
    }
}
