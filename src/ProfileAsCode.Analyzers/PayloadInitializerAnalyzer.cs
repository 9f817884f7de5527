using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers;

/// <summary>
/// Checks the constants of each payload value written in code — <c>new T { … }</c>, positional
/// <c>new T(…)</c>, <c>x with { … }</c> — with the payload's value and cross-field rules. Payloads
/// that are a profile record's property initializers are left to <see cref="ProfileAnalyzer"/>, which
/// checks them together with the rest of the profile.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PayloadInitializerAnalyzer : ProfileAsCodeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.SourceRules();

    internal override void Register(CompilationStartAnalysisContext context, ProfileAsCodeSymbols symbols) =>
        context.RegisterOperationAction(operation => Analyze(operation, symbols), OperationKind.ObjectCreation, OperationKind.With);

    private static void Analyze(OperationAnalysisContext context, ProfileAsCodeSymbols symbols)
    {
        var value = context.Operation;
        if (symbols.Schemas.ForPayload(value.Type) is not { } schema || IsProfilePayload(value, symbols))
        {
            return;
        }

        var head = PayloadFactsBuilder.HeadOf(value);
        var facts = PayloadFactsBuilder.FromValue(symbols, schema, value, head);
        FindingReporter.Report(RuleEngine.CheckPayload(facts, symbols.RuleContext), head, new[] { new AnalyzedPayload(facts, schema) }, context.ReportDiagnostic);
    }

    private static bool IsProfilePayload(IOperation value, ProfileAsCodeSymbols symbols)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        return parent is IPropertyInitializerOperation initializer
            && initializer.InitializedProperties.Any(property => symbols.IsConfigurationProfile(property.ContainingType));
    }
}
