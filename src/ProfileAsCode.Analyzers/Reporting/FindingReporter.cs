using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Reporting;

/// <summary>Turns the engine's findings into diagnostics at the origin the analyzer handed in.</summary>
internal static class FindingReporter
{
    /// <summary>Diagnostic property: the value that certainly fixes the finding (<see cref="Finding.Replacement"/>).</summary>
    public const string ReplacementProperty = "Replacement";

    /// <summary>Diagnostic property: the dotted key path the finding concerns.</summary>
    public const string KeyPathProperty = "KeyPath";

    public static void Report(IEnumerable<Finding> findings, Location fallback, Action<Diagnostic> report)
    {
        foreach (var finding in findings)
        {
            report(ToDiagnostic(finding, fallback));
        }
    }

    public static Diagnostic ToDiagnostic(Finding finding, Location fallback)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var property in finding.Properties)
        {
            properties[property.Key] = property.Value;
        }

        if (finding.Replacement is not null)
        {
            properties[ReplacementProperty] = finding.Replacement;
        }

        if (finding.KeyPath is not null)
        {
            properties[KeyPathProperty] = finding.KeyPath;
        }

        var location = finding.Origin as Location ?? fallback;
        return Diagnostic.Create(Descriptors.For(finding.Rule), location, properties.ToImmutable(), finding.Message);
    }
}
