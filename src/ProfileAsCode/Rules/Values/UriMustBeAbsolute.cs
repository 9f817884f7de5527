namespace ProfileAsCode.Rules.Values;

/// <summary>
/// PAC2002: redirect, discovery, help and password URLs must be absolute URIs with a web scheme; Jamf's
/// pages give them as such ("https://domain.url.com/.well-known/openid-configuration", recommended redirect
/// "https://127.0.0.1/jamfconnect": Jamf, "Login Window Authentication Settings"). PAC2008: <c>http://</c>
/// where the key's rule asks for https is a transport-security warning, not an error — Jamf's own Keycloak
/// sample uses an http discovery URL on port 8080 (github.com/jamf/jamfconnect,
/// configurations/v2.X/Keycloak).
/// </summary>
internal static class UriMustBeAbsolute
{
    private static readonly string[] DefaultSchemes = { "https" };

    public static void Check(KeyCheck check, List<Finding> findings)
    {
        var schemes = check.Rule.Schemes.Count == 0 ? DefaultSchemes : check.Rule.Schemes;
        if (IsPlainHttpWhereHttpsExpected(check.Text, schemes))
        {
            findings.Add(check.Report(
                RuleCatalog.UrlNotHttps,
                $"{check.KeyPath} '{check.Text}' uses http. Jamf Connect fetches it without transport security, so anyone on the network path can read or change what comes back (a discovery document names the endpoints that receive passwords). Serve it over https if the server allows."));
            return;
        }

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

    // An otherwise valid http URL where the rule names https only: PAC2008, not PAC2002.
    private static bool IsPlainHttpWhereHttpsExpected(string text, IReadOnlyList<string> schemes) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        && !schemes.Contains("http", StringComparer.OrdinalIgnoreCase)
        && schemes.Contains("https", StringComparer.OrdinalIgnoreCase)
        && !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && uri.Host.Length > 0;

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
