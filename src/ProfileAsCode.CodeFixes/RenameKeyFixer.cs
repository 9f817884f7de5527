using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using ProfileAsCode.Rules;

namespace ProfileAsCode.CodeFixes;

/// <summary>
/// "Did you mean": renames a misspelled [AdditionalKeys] key (<c>["OIDCRedirectUrl"]</c> → <c>["OIDCRedirectURI"]</c>).
/// The diagnostic sits on the key's literal; the fix applies only when that literal is the misspelled name itself.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameKeyFixer))]
[Shared]
public sealed class RenameKeyFixer : CertainFixProvider
{
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixableRules.Is(diagnostic, FindingProperties.RenameKey)
                || FixableRules.Property(diagnostic, FindingProperties.Key) is not { } keyPath
                || FixableRules.Property(diagnostic, FindingProperties.Value) is not { } newName
                || Literals.At(root, diagnostic.Location) is not { } literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression)
                || literal.Token.ValueText != keyPath.Substring(keyPath.LastIndexOf('.') + 1))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Rename the key to \"{newName}\"",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, Literals.Like(literal, newName).WithTriviaFrom(literal)))),
                    FixableRules.EquivalenceKey(FindingProperties.RenameKey, diagnostic)),
                diagnostic);
        }
    }
}
