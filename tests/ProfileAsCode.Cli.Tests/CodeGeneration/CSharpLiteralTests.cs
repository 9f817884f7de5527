using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProfileAsCode.Cli.CodeGeneration;

namespace ProfileAsCode.Cli.Tests.CodeGeneration;

/// <summary>Roslyn's own parser is the oracle: each literal must parse, alone, to the original value.</summary>
public class CSharpLiteralTests
{
    public static TheoryData<string> Strings() => new()
    {
        "",
        "plain",
        "quote \" and backslash \\",
        "new\nline, return\r, tab\t, nul\0",
        "control \u0001\u001f\u007f\u0085",
        "separators \u2028 \u2029 and BOM \uFEFF",
        "emoji 🎉 and CJK 日本語",
        "lone high \ud800 surrogate",
        "lone low \udc00 surrogate",
        "{braces} and $dollar",
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void StringLiteral_ParsesBackToTheSameString_OnOneLine(string value)
    {
        var literal = CSharpLiteral.String(value);

        Assert.DoesNotContain('\n', literal);
        Assert.DoesNotContain('\u2028', literal);
        Assert.Equal(value, ParseLiteral(literal));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(2.0)]
    [InlineData(-1.5e-300)]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    public void DoubleLiteral_ParsesBackBitForBit(double value)
    {
        var parsed = ParseLiteral(CSharpLiteral.Double(value));

        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits((double)parsed!));
    }

    [Fact]
    public void IntegerLiteral_BeyondLong_IsUnsignedLong()
    {
        Assert.Equal(ulong.MaxValue, ParseLiteral(CSharpLiteral.Integer(ulong.MaxValue, asLong: false)));
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("Class", "Class")]
    public void Identifier_EscapesKeywords(string name, string expected) => Assert.Equal(expected, CSharpLiteral.Identifier(name));

    [Theory]
    [InlineData("OIDCProvider", "OIDCProvider")]
    [InlineData("mcx-timeout", "McxTimeout")]
    [InlineData("google:token:software:totp", "GoogleTokenSoftwareTotp")]
    [InlineData("2fa", "_2fa")]
    [InlineData("日本", "Key")]
    public void PascalCase_GivesAValidIdentifier(string key, string expected)
    {
        var name = CSharpLiteral.PascalCase(key);

        Assert.Equal(expected, name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name));
    }

    /// <summary>The value of a literal, or of a negated numeric literal.</summary>
    private static object? ParseLiteral(string text)
    {
        var expression = SyntaxFactory.ParseExpression(text);
        Assert.Empty(expression.GetDiagnostics());
        if (expression is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax negated })
        {
            return -(double)negated.Token.Value!;
        }

        return Assert.IsType<LiteralExpressionSyntax>(expression).Token.Value;
    }
}
