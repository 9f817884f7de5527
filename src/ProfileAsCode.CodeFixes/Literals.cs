using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProfileAsCode.CodeFixes;

/// <summary>Finding and writing the literals a fix changes.</summary>
internal static class Literals
{
    /// <summary>The one string literal at <paramref name="location"/>: the node itself, or the single one inside it (<c>["roles"]</c>).</summary>
    public static LiteralExpressionSyntax? SingleStringLiteral(SyntaxNode root, Location location)
    {
        var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return literal;
        }

        var inside = node.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)).ToList();
        return inside.Count == 1 ? inside[0] : null;
    }

    /// <summary>A literal of the same kind as <paramref name="original"/>: <c>true</c>/<c>false</c> for booleans, else a string.</summary>
    public static ExpressionSyntax Like(ExpressionSyntax? original, string value, bool isBoolean = false)
    {
        var boolean = isBoolean || original is LiteralExpressionSyntax literal && (literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression));
        if (boolean && (value == "true" || value == "false"))
        {
            return SyntaxFactory.LiteralExpression(value == "true" ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);
        }

        return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
    }

    /// <summary>The literal (string or boolean) at <paramref name="location"/>, if it is exactly one.</summary>
    public static LiteralExpressionSyntax? At(SyntaxNode root, Location location) =>
        root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
        && (literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression))
            ? literal
            : null;
}
