using System.Net;
using System.Text.RegularExpressions;

namespace ProfileAsCode.JamfPro.Http;

/// <summary>
/// The reason in a Jamf Pro error answer, for the one-line message. The Classic API answers errors with a small HTML
/// "Status page" whose paragraphs hold the status and the reason (e.g. "Conflict" then "Error: Duplicate name");
/// the Jamf Pro API answers JSON with <c>errors[].description</c>. Anything else yields nothing rather than raw markup.
/// </summary>
internal static partial class StatusPage
{
    private const int MaxScannedChars = 16 * 1024;

    public static string? ReasonOf(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return Find(body);
        }
        catch (RegexMatchTimeoutException)
        {
            // A page built to make the scan slow gets no reason, not a stack trace.
            return null;
        }
    }

    private static string? Find(string body)
    {

        var text = body.Length > MaxScannedChars ? body[..MaxScannedChars] : body;
        var paragraphs = Paragraph().Matches(text).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, "")).Trim()).Where(p => p.Length > 0).ToList();
        var reason = paragraphs.FirstOrDefault(p => p.StartsWith("Error", StringComparison.OrdinalIgnoreCase));
        if (reason is null && JsonDescription().Match(text) is { Success: true } json)
        {
            reason = UnescapeJson(json.Groups[1].Value);
        }

        reason ??= paragraphs.Count > 1 ? paragraphs[1] : null;
        return reason is null ? null : SafeText.Of(Whitespace().Replace(reason, " "), 140);
    }

    private static string UnescapeJson(string quoted)
    {
        try
        {
            // A reader, not the serializer: no reflection, so the Native AOT tool keeps it.
            var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes("\"" + quoted + "\""));
            return reader.Read() ? reader.GetString() ?? quoted : quoted;
        }
        catch (System.Text.Json.JsonException)
        {
            return quoted;
        }
    }

    [GeneratedRegex("<p[^>]*>(.*?)</p>", RegexOptions.Singleline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 500)]
    private static partial Regex Paragraph();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex Tag();

    [GeneratedRegex("\"description\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,300})\"", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex JsonDescription();

    [GeneratedRegex("\\s+", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex Whitespace();
}
