using System.Text;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

/// <summary>A reader's message quotes the input escaped and cut: one line, bounded, whatever the file holds.</summary>
public class InputInMessagesTests
{
    public static TheoryData<string, string> ForgingDocuments => new()
    {
        { "<plist><integer>1\nFORGED\n2</integer></plist>", "<integer> '1\\u000AFORGED\\u000A2' is not a valid integer" },
        { "<plist><real>1\nFORGED\n2</real></plist>", "<real> '1\\u000AFORGED\\u000A2' is not a valid real" },
        { "<plist><date>1\nFORGED\n2</date></plist>", "<date> '1\\u000AFORGED\\u000A2' is not a valid date" },
        { "<plist><dict><key>a\nFORGED\u202E</key><true/><key>a\nFORGED\u202E</key><true/></dict></plist>", "the key 'a\\u000AFORGED\\u202E' appears twice" },
        { "<plist><dict><key>k\r\nFORGED\u009b31m</key></dict></plist>", "for the key 'k\\u000AFORGED\\u009B31m'" },
        { "<plist><integer>&#x9b;2J\u2028FORGED&#x85;</integer></plist>", "<integer> '\\u009B2J\\u2028FORGED\\u0085' is not a valid integer" },
    };

    [Theory]
    [MemberData(nameof(ForgingDocuments))]
    public void InputText_IsEscaped_SoTheMessageStaysOneLine(string document, string expected)
    {
        var error = HostileInput.Refused(() => Read(Encoding.UTF8.GetBytes(document)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        AssertOneSafeLine(error.Message);
    }

    [Theory]
    [InlineData("integer")]
    [InlineData("real")]
    [InlineData("date")]
    public void HugeValueText_IsCut_NotEchoed(string element)
    {
        var document = $"<plist><{element}>{new string('9', 20_000_000)}x</{element}></plist>";

        var error = HostileInput.Refused(() => Read(Encoding.ASCII.GetBytes(document)));

        Assert.Contains($"<{element}> '{new string('9', 80)}\u2026'", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400, $"{error.Message.Length} characters");
    }

    [Fact]
    public void HugeKey_AndHugeElementName_AreCut()
    {
        var key = new string('k', 10_000_000);
        var duplicate = HostileInput.Refused(() => Read(Encoding.ASCII.GetBytes($"<plist><dict><key>{key}</key><true/><key>{key}</key><true/></dict></plist>")));
        var element = HostileInput.Refused(() => Read(Encoding.ASCII.GetBytes($"<plist><{key}/></plist>")));

        Assert.True(duplicate.Message.Length < 400, $"{duplicate.Message.Length} characters");
        Assert.True(element.Message.Length < 400, $"{element.Message.Length} characters");
        Assert.Contains("\u2026", element.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryDuplicateKey_IsEscaped()
    {
        // { "a\nB": true, "a\nB": true }: the key's UTF-8 text with a newline, stored twice.
        var file = BplistBuilder.Build([[0xD2, 1, 1, 2, 2], [0x53, (byte)'a', (byte)'\n', (byte)'B'], [0x09]]);

        var error = HostileInput.Refused(() => PropertyListSerializer.ReadBinary(file));

        Assert.Contains("the key 'a\\u000AB' appears twice", error.Message, StringComparison.Ordinal);
        AssertOneSafeLine(error.Message);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16BE")]
    public void Utf16WithoutByteOrderMark_IsNamed(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes("<?xml version=\"1.0\"?><plist><true/></plist>");

        var error = HostileInput.Refused(() => Read(bytes));

        Assert.Contains("the input is UTF-16", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("U+0000", error.Message, StringComparison.Ordinal);
    }

    private static PlistValue Read(byte[] bytes) => PropertyListSerializer.Read(bytes);

    private static void AssertOneSafeLine(string message) =>
        Assert.DoesNotContain(message, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E');
}
