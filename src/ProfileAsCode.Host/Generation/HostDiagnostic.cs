using System.Globalization;
using ProfileAsCode.Host.Severity;

namespace ProfileAsCode.Host.Generation;

/// <summary>A problem to show in the build, in the canonical form MSBuild's ToolTask parses.</summary>
internal sealed record HostDiagnostic(string Id, ReportedSeverity Severity, SourceLocation? Location, string Message)
{
    public bool IsError => Severity == ReportedSeverity.Error;

    /// <param name="fallbackOrigin">Shown when the profile has no recorded location (the user's assembly).</param>
    public string Format(string fallbackOrigin)
    {
        // The attribute records a line but no column; column 1 is the start of that line.
        var origin = Location switch
        {
            null => fallbackOrigin,
            { Line: <= 0 } => Location.File,
            _ => string.Create(CultureInfo.InvariantCulture, $"{Location.File}({Location.Line},1)"),
        };
        var category = Severity switch
        {
            ReportedSeverity.Error => "error",
            ReportedSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{origin}: {category} {Id}: {Message}";
    }
}
