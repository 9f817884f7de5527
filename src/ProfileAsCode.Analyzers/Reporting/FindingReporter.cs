using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Reporting;

/// <summary>
/// Turns the engine's findings into diagnostics at the origin the analyzer handed in, and passes a
/// fix along: <see cref="Finding.Properties"/> become <see cref="Diagnostic.Properties"/>, and the
/// literals of the keys the fix names become additional locations (see <see cref="FixProperties"/>).
/// </summary>
internal static class FindingReporter
{
    public static void Report(IEnumerable<Finding> findings, Location fallback, IReadOnlyList<AnalyzedPayload> payloads, Action<Diagnostic> report)
    {
        foreach (var finding in findings)
        {
            report(ToDiagnostic(finding, fallback, payloads));
        }
    }

    public static Diagnostic ToDiagnostic(Finding finding, Location fallback, IReadOnlyList<AnalyzedPayload> payloads, bool atCompilationEnd = false)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var property in finding.Properties)
        {
            properties[property.Key] = property.Value;
        }

        var additionalLocations = new List<Location>();
        var payload = PayloadOf(finding, payloads);
        AddKeyLocation(payload, finding.Properties, FindingProperties.Key, FixProperties.KeyLocation, properties, additionalLocations);
        AddKeyLocation(payload, finding.Properties, FindingProperties.OtherKey, FixProperties.OtherKeyLocation, properties, additionalLocations);
        if (payload is not null && finding.Properties.TryGetValue(FindingProperties.Key, out var keyPath) && keyPath is not null && payload.Schema.FindByKeyPath(keyPath) is { } member)
        {
            properties[FixProperties.KeyMember] = member.Property.Name;
        }

        var location = LocationOf(finding.Origin, finding.KeyPath, finding.Properties) ?? fallback;
        var descriptor = atCompilationEnd ? Descriptors.AtCompilationEnd(finding.Rule) : Descriptors.For(finding.Rule);
        if (finding.Severity == finding.Rule.DefaultSeverity)
        {
            return Diagnostic.Create(descriptor, location, additionalLocations, properties.ToImmutable(), finding.Message);
        }

        // A case the rule reports below its default (PAC4001 for a key only Apple's prose asks for); .editorconfig still wins.
        return Diagnostic.Create(descriptor, location, Descriptors.SeverityOf(finding.Severity), additionalLocations, properties.ToImmutable(), finding.Message);
    }

    // An [AdditionalKeys] entry: findings about a key's name at its key literal (the enclosing dictionary's key when
    // the finding names that), the rest (and value fixes) at its value.
    private static Location? LocationOf(object? origin, string? keyPath, IReadOnlyDictionary<string, string?>? properties) => origin switch
    {
        Location location => location,
        AdditionalKeyOrigin entry => properties is not null && properties.TryGetValue(FindingProperties.AtKeyName, out var atKey) && atKey == "true"
            ? entry.For(keyPath).Key
            : entry.For(keyPath).Value,
        _ => null,
    };

    // The payload the finding is about: the one holding its origin (profile findings name keys of one payload).
    private static AnalyzedPayload? PayloadOf(Finding finding, IReadOnlyList<AnalyzedPayload> payloads)
    {
        foreach (var payload in payloads)
        {
            if (Equals(payload.Facts.Origin, finding.Origin) || payload.Facts.Keys.Any(key => key.Origin is not null && Equals(key.Origin, finding.Origin)))
            {
                return payload;
            }
        }

        return payloads.Count == 1 ? payloads[0] : null;
    }

    private static void AddKeyLocation(
        AnalyzedPayload? payload,
        IReadOnlyDictionary<string, string?> findingProperties,
        string keyProperty,
        string locationProperty,
        ImmutableDictionary<string, string?>.Builder properties,
        List<Location> additionalLocations)
    {
        if (payload is not null
            && findingProperties.TryGetValue(keyProperty, out var keyPath)
            && keyPath is not null
            && LocationOf(payload.Facts.Find(keyPath)?.Origin, keyPath, properties: null) is { } location)
        {
            properties[locationProperty] = additionalLocations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            additionalLocations.Add(location);
        }
    }
}
