using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

public class XmlWriterIllegalCharacterTests
{
    private static PlistValue Profile(string tenant, string key = "OIDCTenant") =>
        new PlistDictionary(new Dictionary<string, PlistValue>
        {
            ["PayloadContent"] = new PlistArray(new PlistDictionary(new Dictionary<string, PlistValue> { [key] = tenant })),
        });

    // Built from parts: attribute blobs store strings as UTF-8, which would turn a lone surrogate into U+FFFD.
    [Theory]
    [InlineData("ab", 0x0001, "c", "U+0001", 2)]
    [InlineData("", 0x0000, "", "U+0000", 0)]
    [InlineData("x", 0x000B, "", "U+000B", 1)]
    [InlineData("x", 0x001F, "", "U+001F", 1)]
    [InlineData("x", 0x001B, "[31m", "U+001B", 1)]
    [InlineData("é", 0xFFFE, "", "U+FFFE", 1)]
    [InlineData("", 0xFFFF, "", "U+FFFF", 0)]
    [InlineData("é", 0xD800, "x", "U+D800 (a lone surrogate)", 1)]
    [InlineData("a", 0xDC00, "", "U+DC00 (a lone surrogate)", 1)]
    [InlineData("😀", 0xD83D, "", "U+D83D (a lone surrogate)", 2)]
    [InlineData("a", 0xDE00, "\U0001F600", "U+DE00 (a lone surrogate)", 1)]
    public void IllegalCharacterInString_FailsNamingKeyPathAndCodePoint(string before, int bad, string after, string described, int index)
    {
        var text = before + (char)bad + after;
        var error = Assert.Throws<PlistWriteException>(() => PropertyListSerializer.WriteXml(Profile(text)));
        Assert.Equal("PayloadContent[0].OIDCTenant", error.KeyPath);
        Assert.Contains(described, error.Message, StringComparison.Ordinal);
        Assert.Contains($"at index {index}", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("PayloadContent[0].OIDCTenant: the string contains", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IllegalCharacterInKey_FailsNamingThePrintableKey()
    {
        var error = Assert.Throws<PlistWriteException>(() => PropertyListSerializer.WriteXml(Profile("ok", "Bad\u0002Key")));
        Assert.Equal("PayloadContent[0].Bad\\u0002Key", error.KeyPath);
        Assert.Contains("the key contains U+0002", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IllegalCharacterInRootString_NamesTheRoot()
    {
        var error = Assert.Throws<PlistWriteException>(() => PropertyListSerializer.WriteXml(new PlistString("\u0007")));
        Assert.Equal("(root)", error.KeyPath);
    }

    [Theory]
    [InlineData("\t\n\r")]
    [InlineData("\u007F\u0085\uD7FF\uE000\uFFFD")]
    [InlineData("\U00010000\U0010FFFF")]
    public void LegalEdgeCharacters_AreWritten(string text)
    {
        var xml = PropertyListSerializer.WriteXml(Profile(text));
        Assert.NotEmpty(xml);
    }

    [Fact]
    public void XmlCharacters_AgreesWithTheXml10Production()
    {
        int[] legal = [0x9, 0xA, 0xD, 0x20, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF];
        int[] illegal = [0x0, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF, 0x110000];
        Assert.All(legal, c => Assert.True(XmlCharacters.IsLegal(c), $"U+{c:X4}"));
        Assert.All(illegal, c => Assert.False(XmlCharacters.IsLegal(c), $"U+{c:X4}"));
    }

    [Fact]
    public void TooDeepTree_FailsWithPath()
    {
        PlistValue value = "leaf";
        for (var i = 0; i < PlistLimits.MaxDepth + 1; i++)
        {
            value = new PlistArray(value);
        }

        var error = Assert.Throws<PlistWriteException>(() => PropertyListSerializer.WriteXml(value));
        Assert.StartsWith("[0][0]", error.KeyPath, StringComparison.Ordinal);
    }
}
