using ProfileAsCode.Text;

namespace ProfileAsCode.Tests.Text;

public class UntrustedTextTests
{
    [Theory]
    [InlineData("plain text, ü and 😀", "plain text, ü and 😀")]
    [InlineData("a\nb\r\tc", "a\\u000Ab\\u000D\\u0009c")]
    [InlineData("\u001b[31mred\u001b[0m", "\\u001B[31mred\\u001B[0m")]
    [InlineData("\u0000\u007f\u0085\u009b", "\\u0000\\u007F\\u0085\\u009B")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    [InlineData("\u202Eevil\u202C \u2066x\u2069 \u200E\u200F\u061C", "\\u202Eevil\\u202C \\u2066x\\u2069 \\u200E\\u200F\\u061C")]
    [InlineData("\uFFFE\uFFFF", "\\uFFFE\\uFFFF")]
    [InlineData("back\\slash", "back\\slash")]
    [InlineData("zero\u200Bwidth\u200D joiner \u00AD \uFEFF bom \u2060", "zero\\u200Bwidth\\u200D joiner \\u00AD \\uFEFF bom \\u2060")]
    [InlineData("tag \U000E0041\U000E007F", "tag \\U000E0041\\U000E007F")]
    public void Escape_SpellsEveryCharacterThatCouldActOnAScreen(string text, string expected) =>
        Assert.Equal(expected, UntrustedText.Escape(text));

    [Fact]
    public void LoneSurrogates_AreEscaped_PairsAreKept()
    {
        Assert.Equal("a\\uD800b\\uDC00", UntrustedText.Escape("a\uD800b\uDC00"));
        Assert.Equal("\U0001F600", UntrustedText.Escape("\U0001F600"));
    }

    [Fact]
    public void Quote_CutsAfterMaxLength_WithAnEllipsis_NeverInsideAnEscapeOrAPair()
    {
        Assert.Equal("'" + new string('x', 80) + "\u2026'", UntrustedText.Quote(new string('x', 1_000_000)));
        Assert.Equal("'" + new string('x', 80) + "'", UntrustedText.Quote(new string('x', 80)));
        Assert.Equal("'ab\u2026'", UntrustedText.Quote("ab\ncd", maxLength: 5));
        Assert.Equal("'ab\\u000A\u2026'", UntrustedText.Quote("ab\ncd", maxLength: 8));
        Assert.Equal("'a\u2026'", UntrustedText.Quote("a\U0001F600", maxLength: 2));
    }
}
