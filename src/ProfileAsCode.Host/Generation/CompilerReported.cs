using System.Text.Json;

namespace ProfileAsCode.Host.Generation;

/// <summary>
/// What the analyzers already reported in this build, read from the compile's SARIF error log (MSBuild's
/// <c>$(ErrorLog)</c>, which ProfileAsCode's targets turn on when the project has none). The analyzer's message
/// is the rule engine's message, and the message names the key and the value, so a finding the host would
/// report with the same ID and the same words is the same finding: the host leaves it out and reports only what
/// the analyzers could not see — values computed when the records run. Suppressed results count as reported
/// (a <c>#pragma</c> or <c>[SuppressMessage]</c> on the literal silences the build too). No log, or one that cannot
/// be read, means nothing was reported: the host then reports everything, as before.
/// SARIF 2.1 (<c>runs[].results[].ruleId</c>, <c>message.text</c>) and 1.0 (<c>message</c> a string) are read.
/// </summary>
internal sealed class CompilerReported
{
    // A compile's log of a large project is a few megabytes; a bigger file is not one we wrote.
    private const long MaxLogBytes = 256L * 1024 * 1024;

    private readonly HashSet<(string Id, string Message)> reported;

    private CompilerReported(HashSet<(string Id, string Message)> reported) => this.reported = reported;

    public static CompilerReported None { get; } = new(new HashSet<(string, string)>());

    public int Count => reported.Count;

    public bool Contains(string id, string message) => reported.Contains((id, message));

    /// <summary>The PACnnnn results of the log at <paramref name="path"/>; <see cref="None"/> when there is no readable log.</summary>
    public static CompilerReported Read(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path) || new FileInfo(path).Length > MaxLogBytes)
        {
            return None;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 128 });
            var reported = new HashSet<(string, string)>();
            if (document.RootElement.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array)
            {
                foreach (var run in runs.EnumerateArray())
                {
                    Collect(run, reported);
                }
            }

            return new CompilerReported(reported);
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            return None;
        }
    }

    private static void Collect(JsonElement run, HashSet<(string, string)> reported)
    {
        if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var result in results.EnumerateArray())
        {
            if (result.TryGetProperty("ruleId", out var id) && id.GetString() is { } ruleId
                && ruleId.StartsWith("PAC", StringComparison.Ordinal)
                && MessageOf(result) is { } message)
            {
                reported.Add((ruleId, message));
            }
        }
    }

    private static string? MessageOf(JsonElement result) =>
        result.TryGetProperty("message", out var message)
            ? message.ValueKind switch
            {
                JsonValueKind.String => message.GetString(),
                JsonValueKind.Object when message.TryGetProperty("text", out var text) => text.GetString(),
                _ => null,
            }
            : null;
}
