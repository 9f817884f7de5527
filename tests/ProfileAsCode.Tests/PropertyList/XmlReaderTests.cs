using System.Text;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

/// <summary>What real files contain (Apple, Jamf Pro, Xcode, Python), and the strict value syntax.</summary>
public class XmlReaderTests
{
    private const string Prolog =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n";

    [Fact]
    public void JamfStyle_IndentedRoot_ShortEmptyString()
    {
        var value = Read(Prolog + "<plist version=\"1.0\">\n\t<dict>\n\t\t<key>PayloadDescription</key>\n\t\t<string/>\n\t</dict>\n</plist>\n");
        Assert.Equal(new PlistDictionary(new Dictionary<string, PlistValue> { ["PayloadDescription"] = "" }), value);
    }

    [Fact]
    public void CrLfFile_WithCommentsAndBom()
    {
        var text = "\uFEFF" + Prolog.Replace("\n", "\r\n", StringComparison.Ordinal) +
            "<!-- exported -->\r\n<plist version=\"1.0\">\r\n<!-- root -->\r\n<array>\r\n\t<!-- item -->\r\n\t<string>a\r\nb\rc</string>\r\n</array>\r\n</plist>\r\n<!-- end -->\r\n";
        Assert.Equal(new PlistArray("a\nb\nc"), Read(text));
    }

    [Fact]
    public void Data_InlineAndWithArbitraryWhitespace()
    {
        var value = Read("<plist><array><data>TWFu</data><data>\n  TW\tFu\r\n  TWE=\n</data><data/></array></plist>");
        Assert.Equal(new PlistArray(new PlistData("Man"u8), new PlistData("ManMa"u8), new PlistData(ReadOnlySpan<byte>.Empty)), value);
    }

    [Theory]
    [InlineData("<?xml version='1.0' encoding='utf-8' standalone='yes'?><plist><true/></plist>")]
    [InlineData("<?xml version=\"1.0\"?><plist><true/></plist>")]
    [InlineData("<plist><true></true></plist>")]
    [InlineData("<plist version=\"1.0\" ><true /></plist >")]
    [InlineData("<!DOCTYPE plist SYSTEM \"file://localhost/System/Library/DTDs/PropertyList.dtd\"><plist><true/></plist>")]
    [InlineData("<!DOCTYPE plist><plist><true/></plist>")]
    [InlineData("<?some-pi data?><plist><true/></plist><!-- trailing -->")]
    public void PrologVariations_AreAccepted(string text)
    {
        Assert.Equal(PlistBoolean.True, Read(text));
    }

    [Fact]
    public void Entities_CharacterReferences_AndCData_AreDecoded()
    {
        var value = Read("<plist><string>&amp;&lt;&gt;&quot;&apos;&#13;&#x1F600;&#233;<![CDATA[<raw & text>]]></string></plist>");
        Assert.Equal(new PlistString("&<>\"'\r😀é<raw & text>"), value);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData(" 42 ", "42")]
    [InlineData("+7", "7")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("18446744073709551615", "18446744073709551615")]
    [InlineData("0x10", "16")]
    [InlineData("-0XfF", "-255")]
    [InlineData("0xFFFFFFFFFFFFFFFF", "18446744073709551615")]
    [InlineData("007", "7")]
    public void Integers_DecimalOrHex_WithinTheCfRange(string text, string expected)
    {
        Assert.Equal(new PlistInteger(Int128.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), Read($"<plist><integer>{text}</integer></plist>"));
    }

    [Theory]
    [InlineData("18446744073709551616", "out of range")]
    [InlineData("-9223372036854775809", "out of range")]
    [InlineData("1.0", "not a valid integer")]
    [InlineData("12a", "not a valid integer")]
    [InlineData("0x", "not a valid integer")]
    [InlineData("- 1", "not a valid integer")]
    [InlineData("", "not a valid integer")]
    public void Integers_Malformed_AreRefused(string text, string reason)
    {
        var error = Assert.Throws<PlistFormatException>(() => Read($"<plist>\n<integer>{text}</integer></plist>"));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("0.10000000000000001", 0.1)]
    [InlineData("1e+20", 1e20)]
    [InlineData("-2.5E-3", -0.0025)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("+infinity", double.PositiveInfinity)]
    [InlineData("-infinity", double.NegativeInfinity)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-Inf", double.NegativeInfinity)]
    public void Reals_CfAndPythonSpellings(string text, double expected)
    {
        Assert.Equal(new PlistReal(expected), Read($"<plist><real>{text}</real></plist>"));
    }

    [Fact]
    public void Real_Nan_And_NegativeZero()
    {
        Assert.True(double.IsNaN(((PlistReal)Read("<plist><real>nan</real></plist>")).Value));
        Assert.True(double.IsNegative(((PlistReal)Read("<plist><real>-0.0</real></plist>")).Value));
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("NaNa")]
    [InlineData("++1")]
    public void Reals_Malformed_AreRefused(string text)
    {
        Assert.Throws<PlistFormatException>(() => Read($"<plist><real>{text}</real></plist>"));
    }

    [Fact]
    public void Date_FullForm()
    {
        Assert.Equal(new PlistDate(new DateTime(2026, 2, 28, 23, 59, 58, DateTimeKind.Utc)), Read("<plist><date>2026-02-28T23:59:58Z</date></plist>"));
    }

    [Theory]
    [InlineData("2026-01-31")]
    [InlineData("2026-01-31T12:00Z")]
    [InlineData("2026-01-31T12:00:00.5Z")]
    [InlineData("2026-01-31T12:00:00+02:00")]
    [InlineData("2026-02-30T12:00:00Z")]
    [InlineData("2026-01-31T24:00:00Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData(" 2026-01-31T12:00:00Z")]
    public void Date_PartialOrInvalid_IsRefused(string text)
    {
        var error = Assert.Throws<PlistFormatException>(() => Read($"<plist><date>{text}</date></plist>"));
        Assert.Contains("YYYY-MM-DDTHH:MM:SSZ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedKey_IsRefused_AtTheSecondOccurrence()
    {
        var error = Assert.Throws<PlistFormatException>(() => Read("<plist><dict>\n<key>A</key><true/>\n  <key>A</key><false/></dict></plist>"));
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Contains("'A' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<plist><dict><string>x</string></dict></plist>", 1, 14, "expected <key> or </dict>, found <string>")]
    [InlineData("<plist><dict><key>k</key></dict></plist>", 1, 26, "expected a value for the key 'k'")]
    [InlineData("<plist><array><foo/></array></plist>", 1, 15, "found <foo>")]
    [InlineData("<plist><string>a</strin></plist>", 1, 17, "expected </string>")]
    [InlineData("<plist><true/><true/></plist>", 1, 15, "expected </plist> after the root value")]
    [InlineData("<plist></plist>", 1, 8, "expected a value inside <plist>")]
    [InlineData("<plist/>", 1, 1, "holds no value")]
    [InlineData("<dict></dict>", 1, 1, "expected the <plist> element, found <dict>")]
    [InlineData("<plist><true/></plist>x", 1, 23, "expected the end of the document")]
    [InlineData("<plist>\n  hello<true/></plist>", 2, 3, "found text 'hello")]
    [InlineData("<plist><string>a &nbsp; b</string></plist>", 1, 18, "unknown entity '&nbsp;'")]
    [InlineData("<plist><string>a & b</string></plist>", 1, 18, "'&' must start an entity")]
    [InlineData("<plist><string>&#1;</string></plist>", 1, 16, "does not name a character XML 1.0 allows")]
    [InlineData("<plist><string>x<b>y</b></string></plist>", 1, 17, "holds text only")]
    [InlineData("<plist><data>TWF</data></plist>", 1, 8, "not valid base64")]
    [InlineData("<plist><data>TW!u</data></plist>", 1, 8, "not valid base64")]
    [InlineData("<plist><key>k</key></plist>", 1, 8, "keys belong directly inside <dict>")]
    [InlineData("<plist><integer/></plist>", 1, 8, "<integer/> is empty")]
    [InlineData("<plist><real/></plist>", 1, 8, "<real/> is empty; a real needs a value")]
    [InlineData("<plist><date/></plist>", 1, 8, "<date/> is empty; a date needs a value")]
    [InlineData("<plist><string>a</stringé></plist>", 1, 17, "expected </string>, found '</stringé></plist>'")]
    [InlineData("<plist><array><föö a='1'/></array></plist>", 1, 15, "found <föö>")]
    [InlineData("<plist><TRUE/></plist>", 1, 8, "found <TRUE>")]
    [InlineData("<plist><string>abc", 1, 16, "is not closed")]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><plist><true/></plist>", 1, 1, "only UTF-8")]
    [InlineData("<plist><true/></plist><?xml version=\"1.0\"?>", 1, 23, "must come first")]
    [InlineData("{\"json\": true}", 1, 1, "Is this an XML property list?")]
    [InlineData("", 1, 1, "found the end of the input")]
    public void MalformedInput_FailsWithLineColumnAndExpectation(string text, int line, int column, string message)
    {
        var error = Assert.Throws<PlistFormatException>(() => Read(text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"({line},{column}): ", error.Message, StringComparison.Ordinal);
    }

    // Known element names come from a table in the reader, unknown ones from the input: each must
    // close with its own name, and errors must name it.
    [Theory]
    [InlineData("<true/>", "plist")]
    [InlineData("<dict></dict>", "dict")]
    [InlineData("<dict><key>k</key><true/></dict>", "key")]
    [InlineData("<array></array>", "array")]
    [InlineData("<string>x</string>", "string")]
    [InlineData("<integer>1</integer>", "integer")]
    [InlineData("<real>1.5</real>", "real")]
    [InlineData("<true></true>", "true")]
    [InlineData("<false></false>", "false")]
    [InlineData("<date>2026-01-31T12:00:00Z</date>", "date")]
    [InlineData("<data>TWFu</data>", "data")]
    public void EveryElement_ClosesWithItsOwnName_AndErrorsNameIt(string value, string name)
    {
        var document = $"<plist>{value}</plist>";
        Assert.NotNull(Read(document));
        var endTag = document.IndexOf($"</{name}>", StringComparison.Ordinal);
        var wrong = document[..endTag] + "</other>" + document[(endTag + name.Length + 3)..];
        var error = Assert.Throws<PlistFormatException>(() => Read(wrong));
        Assert.Contains($"expected </{name}>, found '</other>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_CountsCharacters_NotBytes()
    {
        var error = Assert.Throws<PlistFormatException>(() => Read("<plist><string>日本</string><x/></plist>"));
        Assert.Equal(27, error.Column);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "not valid UTF-8")]
    [InlineData(new byte[] { 0x01 }, "U+0001")]
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBF }, "U+FFFF")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "not valid UTF-8")]
    public void IllegalBytesOrCharacters_AreRefused_WithTheirPosition(byte[] bad, string message)
    {
        var bytes = Encoding.UTF8.GetBytes("<plist>\n<string>ab").Concat(bad).Concat(Encoding.UTF8.GetBytes("</string></plist>")).ToArray();
        var error = Assert.Throws<PlistFormatException>(() => PropertyListSerializer.ReadXml(bytes));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 11), (error.Line, error.Column));
    }

    [Fact]
    public void Utf16Input_IsRefusedClearly()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<plist><true/></plist>")).ToArray();
        var error = Assert.Throws<PlistFormatException>(() => PropertyListSerializer.Read(bytes));
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Facade_DetectsBinary()
    {
        var binary = PropertyListSerializer.WriteBinary(new PlistArray("x", 1));
        Assert.Equal(new PlistArray("x", 1), PropertyListSerializer.Read(binary));
    }

    private static PlistValue Read(string text) => PropertyListSerializer.Read(Encoding.UTF8.GetBytes(text));
}
