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
        context.RegisterSymbolAction(symbol => AnalyzeProfile(symbol, symbols, tenant), SymbolKind.NamedType);
    }

    private static void AnalyzeProfile(SymbolAnalysisContext context, ProfileAsCodeSymbols symbols, TenantModel? tenant)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.FindAttribute(type, symbols.ConfigurationProfile) is not { } attribute)
        {
            return;
        }

        var analyzed = new List<AnalyzedPayload>();
        var facts = new List<PayloadFacts>();
        foreach (var initializer in PropertyInitializers.Of(type, context.Compilation, context.CancellationToken))
        {
            foreach (var property in initializer.InitializedProperties)
            {
                if (symbols.Schemas.ForPayload(property.Type) is not { } schema
                    || ConstantReader.SkipImplicitConversions(initializer.Value).ConstantValue is { HasValue: true, Value: null })
                {
                    continue; // not a payload, or a null payload, which is not written
                }

                var payloadFacts = PayloadFactsBuilder.FromValue(
                    symbols,
                    schema,
                    initializer.Value,
                    PayloadFactsBuilder.HeadOf(initializer.Value),
                    ProfileAttributeReader.PayloadIdentifier(symbols, property));
                analyzed.Add(new AnalyzedPayload(payloadFacts, schema));
                facts.Add(payloadFacts);
            }
        }

        var identifierLocation = ProfileAttributeReader.IdentifierLocation(attribute, type);
        var profile = ProfileAttributeReader.ProfileFacts(attribute, facts, identifierLocation);
        FindingReporter.Report(RuleEngine.CheckProfile(profile, symbols.RuleContext), identifierLocation, analyzed, context.ReportDiagnostic);
        if (tenant is not null)
        {
            // PAC5001–PAC5016 at the literal of the key they concern; what the exports cannot show is not a diagnostic.
            FindingReporter.Report(TenantCheckMemo.Check(profile, tenant), identifierLocation, analyzed, context.ReportDiagnostic);
        }
    }
}
