using System.Diagnostics;
using System.Text;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

public class XmlReaderHostileInputTests
{
    [Fact]
    public void BillionLaughs_IsRefusedAtTheInternalSubset()
    {
        var text = """
            <?xml version="1.0"?>
            <!DOCTYPE plist [
              <!ENTITY a "lol">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            ]>
            <plist><string>&c;</string></plist>
            """;
        var error = HostileInput.Refused(() => Read(text));
        Assert.Contains("internal subset", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void ExternalEntity_IsRefused_NothingIsFetched()
    {
        var text = "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\" [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><plist><string>&xxe;</string></plist>";
        Assert.Contains("internal subset", HostileInput.Refused(() => Read(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredEntityReference_IsRefused()
    {
        var error = HostileInput.Refused(() => Read("<plist><string>&xxe;</string></plist>"));
        Assert.Contains("unknown entity '&xxe;'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterEntityOrDeclarationOutsideDoctype_IsRefused()
    {
        HostileInput.Refused(() => Read("<!ENTITY x \"y\"><plist><true/></plist>"));
        HostileInput.Refused(() => Read("<!DOCTYPE plist><!DOCTYPE plist><plist><true/></plist>"));
    }

    [Fact]
    public void DeepNesting_IsRefused_WithoutStackOverflow()
    {
        var text = new StringBuilder("<plist>");
        text.Insert(text.Length, "<array>", 200_000);
        var error = HostileInput.Refused(() => Read(text.ToString()));
        Assert.Contains($"deeper than {PlistLimits.MaxDepth}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingAtTheLimit_IsAccepted()
    {
        var text = "<plist>" + string.Concat(Enumerable.Repeat("<array>", PlistLimits.MaxDepth)) + string.Concat(Enumerable.Repeat("</array>", PlistLimits.MaxDepth)) + "</plist>";
        Assert.IsType<PlistArray>(Read(text));
    }

    [Theory]
    [InlineData("<plist><string>", "")]
    [InlineData("<plist><!--", "")]
    [InlineData("<plist><string><![CDATA[", "")]
    [InlineData("<plist><dict><key>", "")]
    [InlineData("<plist ", "a='")]
    [InlineData("<?xml ", "")]
    [InlineData("<!DOCTYPE plist PUBLIC \"", "")]
    public void UnterminatedConstructs_InLargeInput_FailPromptly(string prefix, string filler)
    {
        var text = prefix + filler + new string('x', 5_000_000);
        HostileInput.Refused(() => Read(text));
    }

    [Fact]
    public void ManyCommentsAndReferences_AreLinear()
    {
        var text = "<plist><string>" + string.Concat(Enumerable.Repeat("&amp;<!-- c -->&#x41;", 100_000)) + "</string></plist>";
        var clock = Stopwatch.StartNew();
        var value = (PlistString)Read(text);
        Assert.Equal(200_000, value.Value.Length);
        Assert.True(clock.Elapsed < HostileInput.Prompt, $"{clock.Elapsed}");
    }

    [Fact]
    public void RandomCorruptions_OfARealProfile_OnlyEverGiveFormatErrors()
    {
        // Every byte-level mutation must either still parse or fail as PlistFormatException: never
        // another exception type, never a hang.
        var original = PropertyListSerializer.WriteXml(PlistTreeGenerator.Trees(1, seed: 99)[0]);
        var refused = HostileInput.RefusalsAmongCorruptions(original, 3000, seed: 5, (random, bytes) =>
            bytes[random.Next(bytes.Length)] = (byte)"<>/&;![]-?\"' \r\nx\0\u00ff"[random.Next(18)]);
        Assert.InRange(refused, 1000, 3000);
    }

    private static PlistValue Read(string text) => PropertyListSerializer.ReadXml(Encoding.UTF8.GetBytes(text));
}
