using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Analyzers.Tenant;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Analyzers;

/// <summary>
/// Checks one [ConfigurationProfile] record: its identifier (the attribute argument) and the payloads
/// its property initializers create, each on its own and together (rules that span payloads, such
/// as tenants that disagree between login window and menu bar), and, when the project has Entra ID tenant
/// exports, against the tenant (PAC5001–PAC5016, docs/entra.md).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProfileAnalyzer : ProfileAsCodeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.SourceRules();

    internal override void Register(CompilationStartAnalysisContext context, ProfileAsCodeSymbols symbols)
    {
        // The project's Entra ID tenant exports, if any (cached by content across the editor's compilations).
        var tenant = TenantExports.For(context.Options, context.CancellationToken);
        context.RegisterSymbolStartAction(symbol => AnalyzeProfile(symbol, symbols, tenant), SymbolKind.NamedType);
    }

    private static void AnalyzeProfile(SymbolStartAnalysisContext context, ProfileAsCodeSymbols symbols, TenantModel? tenant)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.FindAttribute(type, symbols.ConfigurationProfile) is not { } attribute)
        {
            return;
        }

        // A list under a lock, not a ConcurrentQueue: a profile has a handful of payloads, and a queue's
        // first segment alone is a kilobyte per profile record.
        var payloads = new List<(IPropertySymbol Property, PayloadSchema Schema, IOperation Value)>();
        context.RegisterOperationAction(
            operation =>
            {
                var initializer = (IPropertyInitializerOperation)operation.Operation;
                foreach (var property in initializer.InitializedProperties)
                {
                    if (SymbolEqualityComparer.Default.Equals(property.ContainingType, type) && symbols.Schemas.ForPayload(property.Type) is { } schema)
                    {
                        lock (payloads)
                        {
                            payloads.Add((property, schema, initializer.Value));
                        }
                    }
                }
            },
            OperationKind.PropertyInitializer);

        context.RegisterSymbolEndAction(end =>
        {
            var identifierLocation = ProfileAttributeReader.IdentifierLocation(attribute, type);

            // Declaration order, so findings come out in a stable order whatever the scheduling.
            payloads.Sort((a, b) => a.Value.Syntax.SpanStart.CompareTo(b.Value.Syntax.SpanStart));
            var analyzed = new List<AnalyzedPayload>(payloads.Count);
            var facts = new List<PayloadFacts>(payloads.Count);
            foreach (var payload in payloads)
            {
                if (ConstantReader.SkipImplicitConversions(payload.Value).ConstantValue is { HasValue: true, Value: null })
                {
                    continue; // a null payload is not written
                }

                var payloadFacts = PayloadFactsBuilder.FromValue(
                    symbols,
                    payload.Schema,
                    payload.Value,
                    PayloadFactsBuilder.HeadOf(payload.Value),
                    ProfileAttributeReader.PayloadIdentifier(symbols, payload.Property));
                analyzed.Add(new AnalyzedPayload(payloadFacts, payload.Schema));
                facts.Add(payloadFacts);
            }

            var profile = ProfileAttributeReader.ProfileFacts(attribute, facts, identifierLocation);
            FindingReporter.Report(RuleEngine.CheckProfile(profile, symbols.RuleContext), identifierLocation, analyzed, end.ReportDiagnostic);
            if (tenant is not null)
            {
                // PAC5001–PAC5016 at the literal of the key they concern; what the exports cannot show is not a diagnostic.
                FindingReporter.Report(TenantCheckMemo.Check(profile, tenant), identifierLocation, analyzed, end.ReportDiagnostic);
            }
        });
    }
}
