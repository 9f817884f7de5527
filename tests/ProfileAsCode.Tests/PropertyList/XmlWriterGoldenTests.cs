using System.Text;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

/// <summary>
/// One test per formatting rule of CoreFoundation's XML writer. Every expected text is written by hand from
/// CF's <c>_CFAppendXML0</c> (CFPropertyList.c, swift-corelibs-foundation), never produced by the writer.
/// </summary>
public class XmlWriterGoldenTests
{
    private const string Head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n" +
        "<plist version=\"1.0\">\n";

    private const string Tail = "</plist>\n";

    [Fact]
    public void Header_Doctype_RootAtColumnZero_TrailingLf_NoBom()
    {
        var bytes = PropertyListSerializer.WriteXml(new PlistString("x"));
        Assert.Equal(Head + "<string>x</string>\n" + Tail, Encoding.UTF8.GetString(bytes));
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    [Fact]
    public void Dictionary_KeysSortedOrdinally_IndentedWithTabs()
    {
        var dict = new PlistDictionary(new Dictionary<string, PlistValue> { ["b"] = 1, ["B"] = 2, ["a"] = 3, ["_"] = 4, ["é"] = 5 });
        Expect(dict,
            "<dict>\n" +
            "\t<key>B</key>\n\t<integer>2</integer>\n" +
            "\t<key>_</key>\n\t<integer>4</integer>\n" +
            "\t<key>a</key>\n\t<integer>3</integer>\n" +
            "\t<key>b</key>\n\t<integer>1</integer>\n" +
            "\t<key>é</key>\n\t<integer>5</integer>\n" +
            "</dict>\n");
    }

    [Fact]
    public void OrdinalOrder_IsUtf16CodeUnitOrder()
    {
        // CFStringCompare compares UTF-16 units: U+FF21 (FULLWIDTH A) sorts after the surrogate pair of U+1F600.
        var dict = new PlistDictionary(new Dictionary<string, PlistValue> { ["\uFF21"] = 1, ["\U0001F600"] = 2 });
        Expect(dict,
            "<dict>\n" +
            "\t<key>\U0001F600</key>\n\t<integer>2</integer>\n" +
            "\t<key>\uFF21</key>\n\t<integer>1</integer>\n" +
            "</dict>\n");
    }

    [Fact]
    public void EmptyContainers_AreSelfClosing_EmptyString_IsNot()
    {
        Expect(new PlistArray(PlistDictionary.Empty, PlistArray.Empty, new PlistString("")),
            "<array>\n\t<dict/>\n\t<array/>\n\t<string></string>\n</array>\n");
    }

    [Fact]
    public void NestedContainers_IndentOneTabPerLevel()
    {
        var tree = new PlistDictionary(new Dictionary<string, PlistValue>
        {
            ["PayloadContent"] = new PlistArray(new PlistDictionary(new Dictionary<string, PlistValue> { ["k"] = true })),
        });
        Expect(tree,
            "<dict>\n" +
            "\t<key>PayloadContent</key>\n" +
            "\t<array>\n" +
            "\t\t<dict>\n" +
            "\t\t\t<key>k</key>\n" +
            "\t\t\t<true/>\n" +
            "\t\t</dict>\n" +
            "\t</array>\n" +
            "</dict>\n");
    }

    [Fact]
    public void OnlyAmpersandAndAngleBrackets_AreEscaped_InStringsAndKeys()
    {
        var dict = new PlistDictionary(new Dictionary<string, PlistValue> { ["<&>\"'"] = "a & b < c > d \" e ' f ]]> \t tab" });
        Expect(dict,
            "<dict>\n" +
            "\t<key>&lt;&amp;&gt;\"'</key>\n" +
            "\t<string>a &amp; b &lt; c &gt; d \" e ' f ]]&gt; \t tab</string>\n" +
            "</dict>\n");
    }

    [Fact]
    public void NonAscii_IsWrittenAsUtf8_NonBmpAsFourBytes()
    {
        var bytes = PropertyListSerializer.WriteXml(new PlistString("é😀"));
        var expected = Encoding.ASCII.GetBytes(Head + "<string>")
            .Concat(new byte[] { 0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80 })
            .Concat(Encoding.ASCII.GetBytes("</string>\n" + Tail));
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void LineFeedAndTab_AreRaw_CarriageReturn_IsACharacterReference()
    {
        // Raw CR would come back as LF from every XML parser (XML 1.0 §2.11); &#13; survives.
        Expect(new PlistString("a\r\nb\tc\n"), "<string>a&#13;\nb\tc\n</string>\n");
    }

    [Fact]
    public void Booleans_AreSelfClosingElements()
    {
        Expect(new PlistArray(true, false), "<array>\n\t<true/>\n\t<false/>\n</array>\n");
    }

    [Fact]
    public void Integers_AreDecimal_AcrossTheSignedAndUnsigned64BitRange()
    {
        Expect(new PlistArray(new PlistInteger(0L), new PlistInteger(-1L), new PlistInteger(long.MinValue), new PlistInteger(long.MaxValue), new PlistInteger(ulong.MaxValue)),
            "<array>\n" +
            "\t<integer>0</integer>\n" +
            "\t<integer>-1</integer>\n" +
            "\t<integer>-9223372036854775808</integer>\n" +
            "\t<integer>9223372036854775807</integer>\n" +
            "\t<integer>18446744073709551615</integer>\n" +
            "</array>\n");
    }

    [Theory]
    [InlineData(0.0, "0.0")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.PositiveInfinity, "+infinity")]
    [InlineData(double.NegativeInfinity, "-infinity")]
    [InlineData(1.0, "1")]
    [InlineData(100.0, "100")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.1, "0.10000000000000001")]
    [InlineData(1e16, "10000000000000000")]
    [InlineData(1e17, "1e+17")]
    [InlineData(1e20, "1e+20")]
    [InlineData(1.5e-5, "1.5e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(5e-324, "4.9406564584124654e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    public void Reals_UsePercent17g_WithCfSpecialCases(double value, string text)
    {
        Expect(new PlistReal(value), $"<real>{text}</real>\n");
    }

    [Fact]
    public void NegativeZero_IsWrittenAsZero_LikeCf()
    {
        Expect(new PlistReal(-0.0), "<real>0.0</real>\n");
    }

    [Fact]
    public void Dates_AreUtc_TruncatedToWholeSeconds()
    {
        var local = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)).AddTicks(9_999_999);
        Expect(new PlistArray(new PlistDate(local), new PlistDate(new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc))),
            "<array>\n\t<date>2026-03-04T03:06:07Z</date>\n\t<date>0001-01-01T00:00:00Z</date>\n</array>\n");
    }

    [Fact]
    public void Data_AtRoot_WrapsAt76Characters()
    {
        // 57 zero bytes encode to exactly 76 'A's; the 58th byte starts a second line "AA==".
        Expect(new PlistData(new byte[58]), "<data>\n" + new string('A', 76) + "\nAA==\n</data>\n");
    }

    [Fact]
    public void Data_AtDepthOne_WrapsAt68Characters_IndentedAtTheElementsLevel()
    {
        // 51 bytes → 68 characters: one full line, no empty trailing line.
        Expect(new PlistArray(new PlistData(new byte[51]), new PlistData(new byte[52])),
            "<array>\n" +
            "\t<data>\n\t" + new string('A', 68) + "\n\t</data>\n" +
            "\t<data>\n\t" + new string('A', 68) + "\n\tAA==\n\t</data>\n" +
            "</array>\n");
    }

    [Fact]
    public void Data_Empty_HasNoContentLine()
    {
        Expect(new PlistData(ReadOnlySpan<byte>.Empty), "<data>\n</data>\n");
    }

    [Fact]
    public void Data_ShortLines_PadLikeBase64()
    {
        // "M" = 0x4D → TQ==, "Ma" → TWE=, "Man" → TWFu (RFC 4648 examples).
        Expect(new PlistArray(new PlistData("M"u8), new PlistData("Ma"u8), new PlistData("Man"u8)),
            "<array>\n\t<data>\n\tTQ==\n\t</data>\n\t<data>\n\tTWE=\n\t</data>\n\t<data>\n\tTWFu\n\t</data>\n</array>\n");
    }

    [Fact]
    public void Data_DeeperThanEight_IndentCappedAtEightTabs_TwelveCharacterLines()
    {
        // Depth 9: the element gets 9 tabs, its base64 lines only 8 and 76 − 64 = 12 characters (9 bytes).
        PlistValue value = new PlistData(new byte[10]);
        for (var i = 0; i < 9; i++)
        {
            value = new PlistArray(value);
        }

        var open = new StringBuilder();
        var close = new StringBuilder();
        for (var i = 0; i < 9; i++)
        {
            open.Append('\t', i).Append("<array>\n");
            close.Insert(0, new string('\t', i) + "</array>\n");
        }

        var nine = new string('\t', 9);
        var eight = new string('\t', 8);
        Expect(value, open + nine + "<data>\n" + eight + "AAAAAAAAAAAA\n" + eight + "AA==\n" + nine + "</data>\n" + close);
    }

    private static void Expect(PlistValue value, string body)
    {
        Assert.Equal(Head + body + Tail, Encoding.UTF8.GetString(PropertyListSerializer.WriteXml(value)));
    }
}
