using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Analyzers;

/// <summary>
/// Checks the shape of payload records and the records nested in them: every property type has a
/// property-list form (PAC3004) and no two properties share a key or take a reserved Payload* key (PAC3005);
/// an [AdditionalKeys] property is one dictionary with string keys (PAC3004, PAC3005).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RecordShapeAnalyzer : ProfileAsCodeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.For(RuleCatalog.TypeNotRepresentable), Descriptors.For(RuleCatalog.KeyCollision));

    internal override void Register(CompilationStartAnalysisContext context, ProfileAsCodeSymbols symbols)
    {
        // A nested record used by several payloads is checked once.
        var checkedRecords = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
        context.RegisterSymbolAction(
            symbol =>
            {
                if (symbols.IsPreferenceDomain((INamedTypeSymbol)symbol.Symbol))
                {
                    CheckRecord((INamedTypeSymbol)symbol.Symbol, symbols, checkedRecords, symbol.ReportDiagnostic, depth: 0);
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

        var keys = new List<KeyDeclaration>();
        string? additionalKeys = null;
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            if (property is not { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public })
            {
                continue;
            }

            // Named like the build host names it ("Type.Property"), so both say the same words.
            var declaredBy = type.Name + "." + property.Name;
            var propertyLocation = property.Locations.FirstOrDefault() ?? Location.None;
            if (symbols.FindAttribute(property, symbols.AdditionalKeys) is not null)
            {
                if (AdditionalKeysDeclaration.Check(declaredBy, TypeShapeReader.Read(property.Type), additionalKeys, propertyLocation) is { } misdeclared)
                {
                    report(FindingReporter.ToDiagnostic(misdeclared, propertyLocation, Array.Empty<AnalyzedPayload>()));
                }
                else
                {
                    additionalKeys = property.Name;
                }

                continue;
            }
            if (PlistRepresentability.Check(declaredBy, TypeShapeReader.Read(property.Type), propertyLocation) is { } finding)
            {
                report(FindingReporter.ToDiagnostic(finding, propertyLocation, Array.Empty<AnalyzedPayload>()));
                continue; // the host leaves an unwritable property out of the key check too
            }

            var keyAttribute = symbols.FindAttribute(property, symbols.PayloadKey);
            var key = keyAttribute?.ConstructorArguments.FirstOrDefault().Value as string ?? property.Name;
            keys.Add(new KeyDeclaration(key, declaredBy, KeyLocation(keyAttribute) ?? propertyLocation));

            if (TypeShapeReader.IsNestedRecord(property.Type) && property.Type is INamedTypeSymbol nested && nested.Locations.Any(location => location.IsInSource))
            {
                CheckRecord(nested, symbols, checkedRecords, report, depth + 1);
            }
        }

        foreach (var finding in KeyCollisions.Check(keys))
        {
            report(FindingReporter.ToDiagnostic(finding, type.Locations.FirstOrDefault() ?? Location.None, Array.Empty<AnalyzedPayload>()));
        }
    }

    private static Location? KeyLocation(AttributeData? keyAttribute) =>
        keyAttribute?.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList.Arguments.Count: > 0 } syntax
            ? syntax.ArgumentList.Arguments[0].Expression.GetLocation()
            : null;
}
