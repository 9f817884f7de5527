using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;

namespace ProfileAsCode.CodeFixes;

/// <summary>
/// Adds a key the engine says must be set to a certain value (<c>OidcAdminAttribute = "roles"</c>) to
/// the payload's object initializer. When the key already has a literal, <see cref="ReplaceValueFixer"/> rewrites it instead.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetKeyFixer))]
[Shared]
public sealed class SetKeyFixer : CodeFixProvider
{
    private const string AddKey = "AddKey";

    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.Ids;

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixableRules.Is(diagnostic, FindingProperties.SetKey)
                || FixableRules.KeyLocation(diagnostic, FixProperties.KeyLocation) is not null
                || FixableRules.Property(diagnostic, FindingProperties.Value) is not { } value
                || FixableRules.Property(diagnostic, FixProperties.KeyMember) is not { } member
                || PayloadCreation(root, model, diagnostic.Location, member, context.CancellationToken) is not { } target)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Set {member} = \"{value}\"",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(AddAssignment(root, target.Creation, member, Literals.Like(null, value, IsBoolean(target.Property.Type))))),
                    FixableRules.EquivalenceKey(AddKey, diagnostic)),
                diagnostic);
        }
    }

    // The innermost `new` around the diagnostic whose type declares the member: the payload, not a record nested in it.
    private static (BaseObjectCreationExpressionSyntax Creation, IPropertySymbol Property)? PayloadCreation(SyntaxNode root, SemanticModel model, Location location, string member, CancellationToken cancellationToken)
    {
        foreach (var creation in root.FindNode(location.SourceSpan).AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>())
        {
            if (model.GetTypeInfo(creation, cancellationToken).Type?.GetMembers(member).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
            {
                return (creation, property);
            }
        }

        return null;
    }

    private static bool IsBoolean(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Boolean
        || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;

    private static SyntaxNode AddAssignment(SyntaxNode root, BaseObjectCreationExpressionSyntax creation, string member, ExpressionSyntax value)
    {
        var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(member), value);
        var initializer = creation.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);
        var updated = creation.WithInitializer(initializer.AddExpressions(assignment)).WithAdditionalAnnotations(Formatter.Annotation);
        return root.ReplaceNode(creation, updated);
    }
}
