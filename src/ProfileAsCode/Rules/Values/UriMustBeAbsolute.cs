namespace ProfileAsCode.Rules.Values;

/// <summary>
/// PAC2002: redirect, discovery, help and password URLs are absolute URIs with an allowed scheme
/// (reference §7.8; recommended redirect <c>https://127.0.0.1/jamfconnect</c> [LJ-LWAUTH]).
/// </summary>
internal static class UriMustBeAbsolute
{
    private static readonly string[] DefaultSchemes = { "https" };

    public static void Check(KeyCheck check, List<Finding> findings)
    {
        var schemes = check.Rule.Schemes.Count == 0 ? DefaultSchemes : check.Rule.Schemes;
        var problem = Problem(check.Text, schemes, out var replacement);
        if (problem is null)
        {
            return;
        }

        var allowed = string.Join(" or ", schemes.Select(s => "'" + s + "://'"));
        var fix = replacement is null ? $"Write an absolute URI starting with {allowed}." : $"Write '{replacement}'.";
        findings.Add(check.Report(
            RuleCatalog.UriInvalid,
            $"{check.KeyPath} '{check.Text}' {problem}. Jamf Connect cannot open it, so that step of sign-in fails (a redirect URI that does not match the app registration gives AADSTS50011). {fix}",
            replacement));
    }

    private static string? Problem(string text, IReadOnlyList<string> schemes, out string? replacement)
    {
        replacement = null;
        if (text.Any(char.IsWhiteSpace))
        {
            var trimmed = text.Trim();
            if (!trimmed.Any(char.IsWhiteSpace) && Problem(trimmed, schemes, out _) is null)
            {
                replacement = trimmed;
            }

            return "contains whitespace";
        }

        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            if (schemes.Contains("https", StringComparer.OrdinalIgnoreCase) && Uri.TryCreate("https://" + text, UriKind.Absolute, out var guessed) && guessed.Host.IndexOf('.') > 0)
            {
                replacement = "https://" + text;
            }

            return "is not an absolute URI (no scheme such as 'https://')";
        }

        var scheme = text.Substring(0, schemeEnd);
        if (!schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
        {
            return "uses the scheme '" + scheme + "', but only " + string.Join(", ", schemes) + " is allowed here";
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return "is not a valid absolute URI (no host)";
        }

        return null;
    }
}
