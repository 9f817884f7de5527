using System.Text;
using ProfileAsCode.Json;

namespace ProfileAsCode.Tests.Json;

public sealed class JsonReaderTests
{
    [Fact]
    public void ReadsATreeWithMembersInOrder()
    {
        var root = Assert.IsType<JsonObject>(JsonReader.Parse("{\"b\": [1, -2.5e3, \"x\", true, false, null], \"a\": {}}"));

        Assert.Equal(new[] { "b", "a" }, root.Members.Select(m => m.Name));
        var items = Assert.IsType<JsonArray>(root.Get("b")).Items;
        Assert.Equal("1", Assert.IsType<JsonNumber>(items[0]).Text);
        Assert.Equal("-2.5e3", Assert.IsType<JsonNumber>(items[1]).Text);
        Assert.Equal("x", items[2].AsString);
        Assert.Equal(new bool?[] { true, false, null }, items.Skip(3).Select(i => i.AsBoolean));
        Assert.True(items[5].IsNull);
        Assert.Empty(Assert.IsType<JsonObject>(root.Get("a")).Members);
    }

    [Fact]
    public void ResolvesEveryEscape()
    {
        var text = JsonReader.Parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00 \\u0000\"").AsString;

        Assert.Equal("\" \\ / \b \f \n \r \t é 😀 \0", text);
    }

    [Fact]
    public void NumbersConvertOnlyWhenTheyFit()
    {
        var numbers = ((JsonArray)JsonReader.Parse("[50076, 9223372036854775808, 1.5, 1e400]")).Items.Cast<JsonNumber>().ToList();

        Assert.True(numbers[0].TryGetInt64(out var code) && code == 50076);
        Assert.False(numbers[1].TryGetInt64(out _));
        Assert.False(numbers[2].TryGetInt64(out _));
        Assert.True(numbers[2].TryGetDouble(out var half) && half == 1.5);
        Assert.False(numbers[3].TryGetDouble(out _)); // infinite as a double: kept as text, never turned into Infinity
        Assert.Equal("1e400", numbers[3].Text);
    }

    [Fact]
    public void GetIgnoringCase_PrefersTheExactName()
    {
        var item = (JsonObject)JsonReader.Parse("{\"AppId\": \"upper\", \"appId\": \"exact\", \"DisplayName\": \"d\"}");

        Assert.Equal("exact", item.GetIgnoringCase("appId")!.AsString);
        Assert.Equal("d", item.GetIgnoringCase("displayName")!.AsString);
        Assert.Null(item.Get("displayName"));
    }

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes("{\"n\":\"é😀\"}") },
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("{\"n\":\"é😀\"}")] },
        { "UTF-16LE with BOM (Windows PowerShell's Out-File)", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\"n\":\"é😀\"}")] },
        { "UTF-16BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("{\"n\":\"é😀\"}")] },
        { "UTF-16LE without BOM", Encoding.Unicode.GetBytes("{\"n\":\"é😀\"}") },
        { "UTF-16BE without BOM", Encoding.BigEndianUnicode.GetBytes("{\"n\":\"é😀\"}") },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReadsTheEncodingsAdminsToolsWrite(string encoding, byte[] bytes)
    {
        var value = (JsonObject)JsonReader.Parse(bytes);

        Assert.True("é😀" == value.Get("n")!.AsString, encoding);
    }

    [Fact]
    public void TextInputMaySkipABom()
    {
        Assert.Equal("x", JsonReader.Parse("\uFEFF\"x\"").AsString);
    }

    [Fact]
    public void ErrorsCarryLineAndColumn()
    {
        var error = Assert.Throws<JsonFormatException>(() => JsonReader.Parse("{\r\n  \"a\": 1,\n  \"b\" 2\n}"));

        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Contains("expected ':'", error.Reason);
        Assert.StartsWith("(3,7): ", error.Message);
    }
}
