using System.Diagnostics;
using System.Text;
using ProfileAsCode.Json;

namespace ProfileAsCode.Tests.Json;

/// <summary>Every hostile input ends in a <see cref="JsonFormatException"/>, promptly, with a message that shows no input raw.</summary>
public sealed class JsonReaderHostileInputTests
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(3);

    public static TheoryData<string, byte[], string> Hostile => new()
    {
        { "deep nesting", Encoding.ASCII.GetBytes(new string('[', 1_000_000)), "nested more than 64" },
        { "deep objects", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 100_000))), "nested more than 64" },
        { "lone high surrogate, escaped", Encoding.ASCII.GetBytes("[\"\\ud800\"]"), "lone surrogate" },
        { "lone low surrogate, escaped", Encoding.ASCII.GetBytes("[\"\\udc00x\"]"), "lone surrogate" },
        { "high surrogate then a non-surrogate escape", Encoding.ASCII.GetBytes("[\"\\ud800\\u0041\"]"), "lone surrogate" },
        { "lone surrogate in UTF-16 input", [0xFF, 0xFE, (byte)'"', 0, 0x00, 0xD8, (byte)'"', 0], "unpaired surrogate" },
        { "UTF-8-encoded surrogate", [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"'], "invalid UTF-8" },
        { "overlong UTF-8", [(byte)'"', 0xC0, 0xAF, (byte)'"'], "invalid UTF-8" },
        { "truncated UTF-8", [(byte)'"', 0xE6, 0x97, (byte)'"'], "invalid UTF-8" },
        { "beyond U+10FFFF", [(byte)'"', 0xF4, 0x90, 0x80, 0x80, (byte)'"'], "invalid UTF-8" },
        { "raw NUL between values", Encoding.ASCII.GetBytes("[1,\0 2]"), "expected a value" },
        { "raw NUL in a string", Encoding.ASCII.GetBytes("[\"a\0b\"]"), "control character" },
        { "raw line break in a string", Encoding.ASCII.GetBytes("[\"a\nb\"]"), "control character" },
        { "trailing garbage", Encoding.ASCII.GetBytes("{} {}"), "after the JSON value" },
        { "trailing comma", Encoding.ASCII.GetBytes("[1,]"), "expected a value" },
        { "comment", Encoding.ASCII.GetBytes("// x\n{}"), "expected a value" },
        { "single quotes", Encoding.ASCII.GetBytes("{'a':1}"), "member name in double quotes" },
        { "NaN", Encoding.ASCII.GetBytes("[NaN]"), "expected a value" },
        { "leading zero", Encoding.ASCII.GetBytes("[01]"), "expected ',' or ']'" },
        { "bad escape", Encoding.ASCII.GetBytes("[\"\\x\"]"), "invalid escape" },
        { "short unicode escape", Encoding.ASCII.GetBytes("[\"\\u12\"]"), "four hex digits" },
        { "duplicate member", Encoding.ASCII.GetBytes("{\"appId\":\"a\",\"appId\":\"b\"}"), "occurs twice" },
        { "duplicate member after escape", Encoding.ASCII.GetBytes("{\"a\":1,\"\\u0061\":2}"), "occurs twice" },
        { "unterminated string", Encoding.ASCII.GetBytes("[\"abc"), "not closed" },
        { "empty input", Array.Empty<byte>(), "no JSON value" },
        { "whitespace only", Encoding.ASCII.GetBytes(" \n\t"), "no JSON value" },
        { "UTF-32", [0xFF, 0xFE, 0, 0, (byte)'[', 0, 0, 0, (byte)']', 0, 0, 0], "UTF-32" },
        { "odd UTF-16", [0xFF, 0xFE, (byte)'[', 0, (byte)']'], "middle of a character" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void IsRefusedPromptly(string what, byte[] input, string reason)
    {
        var error = Refused(() => JsonReader.Parse(input));

        Assert.True(error.Reason.Contains(reason, StringComparison.Ordinal), what + ": " + error.Message);
    }

    [Fact]
    public void HugeInputsCrossTheirBounds()
    {
        var small = new JsonLimits(maxInputBytes: 1000, maxDepth: 8, maxStringLength: 10, maxMembers: 3, maxValues: 20);

        Assert.Contains("at most 1000", Refused(() => JsonReader.Parse(new byte[1001], small)).Reason);
        Assert.Contains("longer than 10", Refused(() => JsonReader.Parse("\"" + new string('a', 11) + "\"", small)).Reason);
        Assert.Contains("longer than 10", Refused(() => JsonReader.Parse("[\"" + new string('a', 5) + "\\n" + new string('b', 5) + "\"]", small)).Reason);
        Assert.Contains("number is longer than 10", Refused(() => JsonReader.Parse(new string('9', 11), small)).Reason);
        Assert.Contains("more than 3 members", Refused(() => JsonReader.Parse("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}", small)).Reason);
        Assert.Contains("more than 20 values", Refused(() => JsonReader.Parse("[" + string.Join(",", Enumerable.Repeat("0", 20)) + "]", small)).Reason);
        Assert.Equal("x", JsonReader.Parse("\"" + new string('x', 10) + "\"", small).AsString![..1]);
    }

    [Fact]
    public void DefaultBoundsHoldAgainstLargeHostileInput()
    {
        // 10 MB of one string, 5 million numbers, 10,001 members in one object: each fails or reads in bounded time.
        Assert.Contains("longer than", Refused(() => JsonReader.Parse(Encoding.ASCII.GetBytes("\"" + new string('a', 10_000_000) + "\""))).Reason);
        // 4 million values are really read (8 MB) before the bound stops the rest: linear, so a looser clock.
        Assert.Contains("more than 4000000 values", Refused(() => JsonReader.Parse(Encoding.ASCII.GetBytes("[" + string.Join(",", Enumerable.Repeat("0", 5_000_000)) + "]")), TimeSpan.FromSeconds(20)).Reason);
        var members = "{" + string.Join(",", Enumerable.Range(0, 10_001).Select(i => "\"k" + i + "\":0")) + "}";
        Assert.Contains("more than 10000 members", Refused(() => JsonReader.Parse(members)).Reason);
    }

    [Fact]
    public void MessagesNeverShowInputRaw()
    {
        var hostile = "{\"a\" \u001b[31m\u202Eevil" + new string('x', 500) + "}";

        var error = Refused(() => JsonReader.Parse(hostile));

        Assert.DoesNotContain('\u001b', error.Message);
        Assert.DoesNotContain('\u202E', error.Message);
        Assert.Contains("\\u001B", error.Message);
        Assert.True(error.Message.Length < 200, error.Message);
    }

    [Fact]
    public void DuplicateMemberMessageShowsTheNameSafely()
    {
        var error = Refused(() => JsonReader.Parse("{\"a\\u0007\":1,\"a\\u0007\":2}"));

        Assert.Contains("'a\\u0007'", error.Reason);
    }

    [Fact]
    public void ManyMembersStayLinear()
    {
        // Names sharing a long prefix: the set keeps duplicate detection linear.
        var json = "{" + string.Join(",", Enumerable.Range(0, 10_000).Select(i => "\"" + new string('p', 50) + i + "\":" + i)) + "}";
        var clock = Stopwatch.StartNew();

        Assert.Equal(10_000, ((JsonObject)JsonReader.Parse(json)).Members.Count);
        Assert.True(clock.Elapsed < Prompt, clock.Elapsed.ToString());
    }

    [Fact]
    public void Display_EscapesAndCuts()
    {
        Assert.Equal("a\\u000Ab\\u202Ec", JsonDisplay.Shown("a\nb\u202Ec"));
        Assert.Equal(new string('x', 80) + "…", JsonDisplay.Shown(new string('x', 200)));
        Assert.Equal("\\uD800", JsonDisplay.Shown("\uD800"));
        Assert.Equal("😀", JsonDisplay.Shown("😀"));
        Assert.Equal(new string('x', 79) + "…", JsonDisplay.Shown(new string('x', 79) + "😀" + "y"));
    }

    private static JsonFormatException Refused(Func<JsonValue> read, TimeSpan? bound = null)
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<JsonFormatException>(() => read());
        Assert.True(clock.Elapsed < (bound ?? Prompt), $"took {clock.Elapsed.TotalMilliseconds:F0} ms: {error.Message}");
        return error;
    }
}
