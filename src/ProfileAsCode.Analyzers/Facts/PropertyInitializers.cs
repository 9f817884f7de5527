using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>
/// The property initializers a type declares in source (<c>public T P { get; init; } = …;</c>), in declaration
/// order, read from a symbol action. The analyzers once collected them with a symbol-start action and its operation
/// actions; Roslyn's driver charges every named type of the compilation for a symbol-start analyzer, whatever the
/// callback does (dotnet/roslyn#42605), which cost a 1,000-record project more compile time than the analysis itself.
/// </summary>
internal static class PropertyInitializers
{
    public static List<IPropertyInitializerOperation> Of(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new List<IPropertyInitializerOperation>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IPropertySymbol { IsImplicitlyDeclared: false } property)
            {
                continue;
            }

            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer: { } initializer }
                    && SemanticModelOf(compilation, initializer.SyntaxTree).GetOperation(initializer, cancellationToken) is IPropertyInitializerOperation operation)
                {
                    found.Add(operation);
                }
            }
        }

        // Declaration order (file, then position), so findings come out in a stable order.
        found.Sort(static (a, b) =>
        {
            var byFile = string.CompareOrdinal(a.Syntax.SyntaxTree.FilePath, b.Syntax.SyntaxTree.FilePath);
            return byFile != 0 ? byFile : a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart);
        });
        return found;
    }

    // Within an analyzer run the compilation hands out the driver's cached model for the tree (its semantic model
    // provider), so this binds nothing twice; RS1030 predates that.
#pragma warning disable RS1030
    private static SemanticModel SemanticModelOf(Compilation compilation, SyntaxTree tree) => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
}
