using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;

namespace ProfileAsCode.CodeFixes;

/// <summary>
/// Exchanges the values of two keys the engine says are swapped (<c>OidcAdminAttribute = "admin"</c>
/// with <c>OidcAdmin = ["roles"]</c>): the one string literal of each trades places.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SwapValuesFixer))]
[Shared]
public sealed class SwapValuesFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.Ids;

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixableRules.Is(diagnostic, FindingProperties.SwapValues)
                || FixableRules.KeyLocation(diagnostic, FixProperties.KeyLocation) is not { } first
                || FixableRules.KeyLocation(diagnostic, FixProperties.OtherKeyLocation) is not { } second
                || Literals.SingleStringLiteral(root, first) is not { } a
                || Literals.SingleStringLiteral(root, second) is not { } b
                || a == b)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Swap {a.Token.Text} and {b.Token.Text}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNodes(
                        new[] { a, b },
                        (original, _) => (original == a ? b : a).WithTriviaFrom(original)))),
                    FixableRules.EquivalenceKey(FindingProperties.SwapValues, diagnostic)),
                diagnostic);
        }
    }
}
