using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Analyzers;

/// <summary>
/// Reports what only the whole compilation shows: rules that span profiles (an identifier used by two
/// profiles). Findings a single profile already produces are <see cref="ProfileAnalyzer"/>'s, so this
/// one reports only the project-level findings that no single profile gives.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateIdentifierAnalyzer : ProfileAsCodeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AtCompilationEnd(RuleCatalog.IdentifierDuplicated));

    internal override void Register(CompilationStartAnalysisContext context, ProfileAsCodeSymbols symbols)
    {
        var profiles = new ConcurrentBag<ProfileFacts>();
        context.RegisterSymbolAction(
            symbol =>
            {
                if (symbols.FindAttribute(symbol.Symbol, symbols.ConfigurationProfile) is { } attribute)
                {
                    profiles.Add(new ProfileFacts(
                        ProfileAttributeReader.Identifier(attribute),
                        Array.Empty<PayloadFacts>(),
                        ProfileAttributeReader.IdentifierLocation(attribute, symbol.Symbol)));
                }
            },
            SymbolKind.NamedType);
        context.RegisterCompilationEndAction(end => ReportAcrossProfiles(profiles, end));
    }

    private static void ReportAcrossProfiles(IEnumerable<ProfileFacts> collected, CompilationAnalysisContext context)
    {
        var profiles = collected
            .OrderBy(profile => ((Location)profile.Origin!).SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(profile => ((Location)profile.Origin!).SourceSpan.Start)
            .ToList();
        if (profiles.Count < 2)
        {
            return;
        }

        // Only the rule that spans profiles: the per-profile rules are ProfileAnalyzer's (and these facts carry no payloads).
        var findings = new List<Finding>();
        IdentifiersUnique.CheckProfiles(profiles, findings);
        foreach (var finding in findings)
        {
            context.ReportDiagnostic(FindingReporter.ToDiagnostic(finding, (Location)finding.Origin!, Array.Empty<AnalyzedPayload>(), atCompilationEnd: true));
        }
    }
}
