using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers;

/// <summary>
/// Checks one [ConfigurationProfile] record: its identifier (the attribute argument) and the payloads
/// its property initializers create, each on its own and together (rules that span payloads, such
/// as tenants that disagree between login window and menu bar).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProfileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.SourceRules();

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

            start.RegisterSymbolStartAction(symbol => AnalyzeProfile(symbol, symbols), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeProfile(SymbolStartAnalysisContext context, ProfileAsCodeSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.FindAttribute(type, symbols.ConfigurationProfile) is not { } attribute)
        {
            return;
        }

        var payloads = new ConcurrentQueue<(IPropertySymbol Property, PayloadSchema Schema, IOperation Value)>();
        context.RegisterOperationAction(
            operation =>
            {
                var initializer = (IPropertyInitializerOperation)operation.Operation;
                foreach (var property in initializer.InitializedProperties)
                {
                    if (SymbolEqualityComparer.Default.Equals(property.ContainingType, type) && symbols.Schemas.ForPayload(property.Type) is { } schema)
                    {
                        payloads.Enqueue((property, schema, initializer.Value));
                    }
                }
            },
            OperationKind.PropertyInitializer);

        context.RegisterSymbolEndAction(end =>
        {
            var identifierLocation = ProfileAttributeReader.IdentifierLocation(attribute, type);
            var analyzed = payloads
                .OrderBy(payload => payload.Value.Syntax.SpanStart)
                .Where(payload => ConstantReader.SkipImplicitConversions(payload.Value).ConstantValue is not { HasValue: true, Value: null })
                .Select(payload => new AnalyzedPayload(
                    PayloadFactsBuilder.FromValue(
                        symbols,
                        payload.Schema,
                        payload.Value,
                        PayloadFactsBuilder.HeadOf(payload.Value),
                        ProfileAttributeReader.PayloadIdentifier(symbols, payload.Property)),
                    payload.Schema))
                .ToList();
            var profile = new ProfileFacts(ProfileAttributeReader.Identifier(attribute), analyzed.Select(payload => payload.Facts).ToList(), identifierLocation);
            FindingReporter.Report(RuleEngine.CheckProfile(profile, RuleContext.Editor), identifierLocation, analyzed, end.ReportDiagnostic);
        });
    }
}
