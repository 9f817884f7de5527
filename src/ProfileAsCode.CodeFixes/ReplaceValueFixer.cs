using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;

namespace ProfileAsCode.CodeFixes;

/// <summary>
/// Writes the engine's certain replacement in place of the offending literal: normalized scope
/// separators, scopes without duplicates, <c>openid</c> added, a GUID without braces, the OIDC client
/// ID as ROPG client ID. Also serves <see cref="FindingProperties.SetKey"/> when the key already has a literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceValueFixer))]
[Shared]
public sealed class ReplaceValueFixer : CodeFixProvider
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
            var fix = FixableRules.Is(diagnostic, FindingProperties.ReplaceValue) ? FindingProperties.ReplaceValue
                : FixableRules.Is(diagnostic, FindingProperties.SetKey) ? FindingProperties.SetKey
                : null;
            if (fix is null
                || FixableRules.Property(diagnostic, FindingProperties.Value) is not { } value
                || FixableRules.KeyLocation(diagnostic, FixProperties.KeyLocation) is not { } keyLocation
                || Literals.At(root, keyLocation) is not { } literal)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Write \"{value}\"",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, Literals.Like(literal, value).WithTriviaFrom(literal)))),
                    FixableRules.EquivalenceKey(fix, diagnostic)),
                diagnostic);
        }
    }
}
