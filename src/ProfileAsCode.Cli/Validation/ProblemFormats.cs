using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Validation;

/// <summary>Machine-readable validate output: a plain JSON list, and SARIF 2.1.0 for code-scanning UIs.</summary>
internal static class ProblemFormats
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="notes">When given, also a <c>notes</c> list: what was said that is not a finding.</param>
    /// <param name="unreadable">Files that could not be read, listed as <c>unreadable</c> (only when there are any).</param>
    public static string Json(IReadOnlyList<Problem> problems, IReadOnlyList<Note>? notes = null, IReadOnlyList<Unreadable>? unreadable = null) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("errors", problems.Count(p => p.Severity == RuleSeverity.Error));
        json.WriteNumber("warnings", problems.Count(p => p.Severity == RuleSeverity.Warning));
        json.WriteStartArray("findings");
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("file", problem.File);
            json.WriteString("id", problem.Rule.Id);
            json.WriteString("severity", problem.Severity.ToString().ToLowerInvariant());
            json.WriteString("location", problem.Location);
            json.WriteString("message", problem.Message);
            json.WriteString("helpUri", problem.Rule.HelpLink);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (notes is not null)
        {
            json.WriteStartArray("notes");
            foreach (var note in notes)
            {
                json.WriteStartObject();
                json.WriteString("file", note.File);
                json.WriteString("id", note.Rule?.Id);
                json.WriteString("message", note.Message);
                json.WriteString("helpUri", note.Rule?.HelpLink);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (unreadable is { Count: > 0 })
        {
            json.WriteStartArray("unreadable");
            foreach (var file in unreadable)
            {
                json.WriteStartObject();
                json.WriteString("file", file.File);
                json.WriteString("problem", file.Problem);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    });

    /// <summary>SARIF with artifact URIs relative to the repository root of the current folder (see <see cref="SarifRoot"/>).</summary>
    /// <param name="regions">Where each finding's key stands in its file; null: results point at whole files.</param>
    /// <param name="notes">When given, written as the run's tool execution notifications (level note), which are not results.</param>
    /// <param name="unreadable">Files that could not be read: the invocation is unsuccessful, one error notification each.</param>
    public static string Sarif(IReadOnlyList<Problem> problems, string toolVersion, KeyRegions? regions = null, IReadOnlyList<Note>? notes = null, IReadOnlyList<Unreadable>? unreadable = null) =>
        Sarif(problems, toolVersion, SarifRoot.Find(Environment.CurrentDirectory), regions, notes, unreadable);

    /// <summary>
    /// SARIF 2.1.0 with what GitHub code scanning requires ("SARIF support for code scanning", docs.github.com): rules with
    /// short and full descriptions and help, and each result's file relative to <paramref name="root"/>. A result's region
    /// is the line and column of the <c>&lt;key&gt;</c> it is about (<see cref="KeyRegions"/>; columns in characters, SARIF's
    /// default <c>utf16CodeUnits</c> for the characters a profile holds); a result of a binary or signed file has no region,
    /// and its message says why. Files that could not be read make the run's invocation unsuccessful, one error
    /// notification each (SARIF 2.1.0, §3.20 "invocation object": executionSuccessful, toolExecutionNotifications).
    /// </summary>
    public static string Sarif(IReadOnlyList<Problem> problems, string toolVersion, SarifRoot root, KeyRegions? regions = null, IReadOnlyList<Note>? notes = null, IReadOnlyList<Unreadable>? unreadable = null) => Write(json =>
    {
        var rules = problems.Select(p => p.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", App.ToolName);
        json.WriteString("version", toolVersion);
        json.WriteString("informationUri", RuleCatalog.HelpLinkBase);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Title}. See {rule.HelpLink}");
            json.WriteString("markdown", $"{rule.Title}. See [{rule.Id}]({rule.HelpLink}).");
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLink);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SarifRoot.BaseId);
        json.WriteString("uri", root.Uri);
        json.WriteStartObject("description");
        json.WriteString("text", "The repository root (the folder with .git), else the folder validate ran in");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", problem.Rule.Id);
            json.WriteNumber("ruleIndex", rules.FindIndex(r => r.Id == problem.Rule.Id));
            json.WriteString("level", Level(problem.Severity));
            var (region, note) = (regions ?? KeyRegions.None).Find(problem);
            json.WriteStartObject("message");
            json.WriteString("text", note is null ? $"{problem.Location}: {problem.Message}" : $"{problem.Location}: {problem.Message} ({note})");
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            var (uri, relative) = root.Locate(problem.File);
            json.WriteString("uri", uri);
            if (relative)
            {
                json.WriteString("uriBaseId", SarifRoot.BaseId);
            }

            json.WriteEndObject();
            if (region is not null)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", region.Line);
                json.WriteNumber("startColumn", region.Column);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", problem.Location);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (notes is not null || unreadable is { Count: > 0 })
        {
            WriteInvocation(json, notes ?? [], unreadable ?? [], root);
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    // SARIF 2.1.0 §3.20.21 (invocation.toolExecutionNotifications), §3.58 (notification): notes are level note,
    // unreadable files level error and make the invocation unsuccessful.
    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<Note> notes, IReadOnlyList<Unreadable> unreadable, SarifRoot root)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", unreadable.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var note in notes)
        {
            WriteNotification(json, "note", note.Message, note.Rule, note.File, root);
        }

        foreach (var file in unreadable)
        {
            WriteNotification(json, "error", $"cannot be read: {file.Problem}", rule: null, file.File, root);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteNotification(Utf8JsonWriter json, string level, string message, RuleDescriptor? rule, string file, SarifRoot root)
    {
        json.WriteStartObject();
        json.WriteString("level", level);
        json.WriteStartObject("message");
        json.WriteString("text", message);
        json.WriteEndObject();
        if (rule is not null)
        {
            json.WriteStartObject("descriptor");
            json.WriteString("id", rule.Id);
            json.WriteEndObject();
        }

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var (uri, relative) = root.Locate(file);
        json.WriteString("uri", uri);
        if (relative)
        {
            json.WriteString("uriBaseId", SarifRoot.BaseId);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
