using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Analyzers;

/// <summary>
/// Checks the PayloadUUIDs a profile pins — <c>[ConfigurationProfile(Uuid = …)]</c> and
/// <c>[PayloadIdentity(Uuid = …)]</c> on its properties — with the rule the build host applies to the
/// same attribute values, naming them the way the host does.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PinnedUuidAnalyzer : ProfileAsCodeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.For(RuleCatalog.IdentifierInvalid));

    internal override void Register(CompilationStartAnalysisContext context, ProfileAsCodeSymbols symbols) =>
        context.RegisterSymbolAction(symbol => AnalyzeProfile(symbol, symbols), SymbolKind.NamedType);

    private static void AnalyzeProfile(SymbolAnalysisContext context, ProfileAsCodeSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.FindAttribute(type, symbols.ConfigurationProfile) is not { } profile)
        {
            return;
        }

        Check($"[ConfigurationProfile] of {type.Name}", profile, type, context);
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol property && symbols.FindAttribute(property, symbols.PayloadIdentity) is { } identity)
            {
                Check($"{type.Name}.{property.Name} [PayloadIdentity]", identity, property, context);
            }
        }
    }

    private static void Check(string where, AttributeData attribute, ISymbol fallback, SymbolAnalysisContext context)
    {
        if (ProfileAttributeReader.PinnedUuid(attribute, fallback) is { } pinned && PinnedUuidWellFormed.Check(where, pinned.Value, pinned.Location) is { } finding)
        {
            context.ReportDiagnostic(FindingReporter.ToDiagnostic(finding, pinned.Location, Array.Empty<AnalyzedPayload>()));
        }
    }
}
