using ProfileAsCode.Rules;

namespace ProfileAsCode.Host.Severity;

/// <summary>
/// The severity the user gave a rule, decided the way the C# compiler decides it for the
/// analyzers, so a finding has one severity wherever it is reported:
/// NoWarn and WarningsNotAsErrors win; then the nearest .editorconfig section matching the source
/// file (and path sections of global configs); then WarningsAsErrors; then a global config's
/// <c>dotnet_diagnostic.ID.severity</c>; then the rule's default. A resulting warning becomes an
/// error under TreatWarningsAsErrors unless the ID is in WarningsNotAsErrors.
/// </summary>
internal sealed class SeverityPolicy
{
    private readonly IReadOnlyList<AnalyzerConfigFile> editorConfigs;
    private readonly IReadOnlyList<AnalyzerConfigFile> globalConfigs;
    private readonly ISet<string> noWarn;
    private readonly ISet<string> warningsAsErrors;
    private readonly ISet<string> warningsNotAsErrors;
    private readonly bool treatWarningsAsErrors;

    public SeverityPolicy(
        IEnumerable<AnalyzerConfigFile> configs,
        IEnumerable<string>? noWarn = null,
        IEnumerable<string>? warningsAsErrors = null,
        IEnumerable<string>? warningsNotAsErrors = null,
        bool treatWarningsAsErrors = false)
    {
        var all = configs.ToList();
        editorConfigs = all.Where(c => !c.IsGlobal).OrderBy(c => c.Directory.Length).ToList();
        globalConfigs = all.Where(c => c.IsGlobal).ToList();
        this.noWarn = ToSet(noWarn);
        this.warningsAsErrors = ToSet(warningsAsErrors);
        this.warningsNotAsErrors = ToSet(warningsNotAsErrors);
        this.treatWarningsAsErrors = treatWarningsAsErrors;
    }

    public static SeverityPolicy Default { get; } = new(Array.Empty<AnalyzerConfigFile>());

    public ReportedSeverity Resolve(string id, RuleSeverity defaultSeverity, string? sourceFile)
    {
        if (noWarn.Contains(id))
        {
            return ReportedSeverity.Suppressed;
        }

        var severity = FromSourceFileSections(id, sourceFile)
            ?? (warningsAsErrors.Contains(id) ? ReportedSeverity.Error : (ReportedSeverity?)null)
            ?? FromGlobalPreambles(id)
            ?? FromDefault(defaultSeverity);

        if (severity == ReportedSeverity.Warning && treatWarningsAsErrors && !warningsNotAsErrors.Contains(id))
        {
            return ReportedSeverity.Error;
        }

        return severity;
    }

    private ReportedSeverity? FromSourceFileSections(string id, string? sourceFile)
    {
        if (string.IsNullOrEmpty(sourceFile))
        {
            return null;
        }

        var path = PathText.Normalize(sourceFile!);
        var key = SeverityKey(id);
        ReportedSeverity? found = null;
        foreach (var config in ApplicableEditorConfigs(path))
        {
            var relative = path.Substring(config.Directory.Length);
            foreach (var section in config.Sections)
            {
                if (section.Keys.TryGetValue(key, out var value) && EditorConfigGlob.Compile(section.Name).IsMatch(relative))
                {
                    found = Parse(value) ?? found;
                }
            }
        }

        foreach (var config in globalConfigs)
        {
            foreach (var section in config.Sections)
            {
                if (section.Keys.TryGetValue(key, out var value) && string.Equals(PathText.Normalize(section.Name), path, StringComparison.Ordinal))
                {
                    found = Parse(value) ?? found;
                }
            }
        }

        return found;
    }

    /// <summary>Configs in folders above the file, outermost first, starting at the innermost <c>root = true</c>.</summary>
    private IEnumerable<AnalyzerConfigFile> ApplicableEditorConfigs(string path)
    {
        var above = editorConfigs.Where(c => path.StartsWith(c.Directory, StringComparison.Ordinal)).ToList();
        var root = above.FindLastIndex(c => c.IsRoot);
        return root < 0 ? above : above.Skip(root);
    }

    private ReportedSeverity? FromGlobalPreambles(string id)
    {
        ReportedSeverity? found = null;
        foreach (var config in globalConfigs)
        {
            if (config.Preamble.TryGetValue(SeverityKey(id), out var value))
            {
                found = Parse(value) ?? found;
            }
        }

        return found;
    }

    private static string SeverityKey(string id) => "dotnet_diagnostic." + id.ToLowerInvariant() + ".severity";

    private static ReportedSeverity? Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "error" => ReportedSeverity.Error,
        "warning" => ReportedSeverity.Warning,
        "suggestion" => ReportedSeverity.Info,
        "silent" => ReportedSeverity.Hidden,
        "none" => ReportedSeverity.Suppressed,
        _ => null, // "default" and unknown words leave the rule's own severity
    };

    private static ReportedSeverity FromDefault(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => ReportedSeverity.Error,
        RuleSeverity.Warning => ReportedSeverity.Warning,
        _ => ReportedSeverity.Info,
    };

    private static HashSet<string> ToSet(IEnumerable<string>? ids) =>
        new((ids ?? Array.Empty<string>()).Select(id => id.Trim()).Where(id => id.Length > 0), StringComparer.OrdinalIgnoreCase);
}
