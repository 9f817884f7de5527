using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Analyzers;

/// <summary>
/// Checks the shape of payload records and the records nested in them: every property type has a
/// property-list form (PAC3004) and no two properties share a key or take a reserved Payload* key (PAC3005);
/// an [AdditionalKeys] property is one dictionary with string keys (PAC3004, PAC3005). What is wrong, the
/// compilation's <see cref="ShapeModel{TType, TProperty}"/> finds, as it does for the build host; this places it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RecordShapeAnalyzer : ProfileAsCodeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.For(RuleCatalog.TypeNotRepresentable), Descriptors.For(RuleCatalog.KeyCollision));

    internal override void Register(CompilationStartAnalysisContext context, ProfileAsCodeSymbols symbols)
    {
        // A nested record used by several payloads is checked once, and a base class's property is reported
        // once however many payload records derive from it.
        var checkedRecords = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
        var reported = new ConcurrentDictionary<(string Id, Location Location, string Message), bool>();
        context.RegisterSymbolAction(
            symbol =>
            {
                var type = (INamedTypeSymbol)symbol.Symbol;
                if (symbols.IsPayloadRecord(type))
                {
                    CheckRecord(type, symbols, checkedRecords, diagnostic => Report(diagnostic, reported, symbol.ReportDiagnostic), depth: 0);
                }
            },
            SymbolKind.NamedType);
    }

    private static void CheckRecord(INamedTypeSymbol type, ProfileAsCodeSymbols symbols, ConcurrentDictionary<INamedTypeSymbol, bool> checkedRecords, Action<Diagnostic> report, int depth)
    {
        if (depth > 4 || !checkedRecords.TryAdd(type.OriginalDefinition, true))
        {
            return;
        }

        var layout = symbols.Shapes.Layout(type);
        var typeLocation = type.Locations.FirstOrDefault() ?? Location.None;
        foreach (var problem in layout.Problems)
        {
            var member = (RecordMember<ITypeSymbol, IPropertySymbol>)problem.Origin!;
            report(FindingReporter.ToDiagnostic(problem, LocationOf(problem, member, symbols) ?? typeLocation, Array.Empty<AnalyzedPayload>()));
        }

        foreach (var member in layout.Members)
        {
            if (member.Type is { Kind: TypeShapeKind.Record, Type: INamedTypeSymbol nested } && nested.Locations.Any(location => location.IsInSource))
            {
                CheckRecord(nested, symbols, checkedRecords, report, depth + 1);
            }
        }
    }

    /// <summary>A clash of typed keys on the [PayloadKey] string, anything else on the property; null when not in source (a base class from a reference).</summary>
    private static Location? LocationOf(Finding problem, RecordMember<ITypeSymbol, IPropertySymbol> member, ProfileAsCodeSymbols symbols)
    {
        var property = member.Property.Locations.FirstOrDefault(location => location.IsInSource);
        if (problem.Rule == RuleCatalog.KeyCollision && !member.IsAdditionalKeys
            && symbols.FindAttribute(member.Property, symbols.PayloadKey)?.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList.Arguments.Count: > 0 } key)
        {
            return key.ArgumentList.Arguments[0].Expression.GetLocation();
        }

        return property;
    }

    private static void Report(Diagnostic diagnostic, ConcurrentDictionary<(string Id, Location Location, string Message), bool> reported, Action<Diagnostic> report)
    {
        if (reported.TryAdd((diagnostic.Id, diagnostic.Location, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), true))
        {
            report(diagnostic);
        }
    }
}
