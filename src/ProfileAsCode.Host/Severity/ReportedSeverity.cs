namespace ProfileAsCode.Host.Severity;

/// <summary>What a finding becomes after the user's settings: Roslyn's ReportDiagnostic, minus Default.</summary>
internal enum ReportedSeverity
{
    Suppressed,
    Hidden,
    Info,
    Warning,
    Error,
}
