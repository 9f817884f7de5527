using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers;

/// <summary>
/// Reports what only the whole compilation shows: rules that span profiles (an identifier used by two
/// profiles). Findings a single profile already produces are <see cref="ProfileAnalyzer"/>'s, so this
/// one reports only the project-level findings that no single profile gives.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateIdentifierAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AtCompilationEnd(RuleCatalog.IdentifierDuplicated));

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ProfileAsCodeSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            var profiles = new ConcurrentBag<ProfileFacts>();
            start.RegisterSymbolAction(
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
            start.RegisterCompilationEndAction(end => ReportAcrossProfiles(profiles, end));
        });
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

        var singleProfileFindings = new HashSet<(string, string, object?)>(
            profiles.SelectMany(profile => RuleEngine.CheckProfile(profile, RuleContext.Editor)).Select(Key));
        foreach (var finding in RuleEngine.CheckProject(profiles, RuleContext.Editor))
        {
            if (!singleProfileFindings.Contains(Key(finding)))
            {
                context.ReportDiagnostic(FindingReporter.ToDiagnostic(finding, (Location)finding.Origin!, Array.Empty<AnalyzedPayload>(), atCompilationEnd: true));
            }
        }
    }

    private static (string, string, object?) Key(Finding finding) => (finding.Rule.Id, finding.Message, finding.Origin);
}
