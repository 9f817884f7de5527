using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Values;

public sealed class XmlCharactersLegalTests
{
    [Theory]
    [InlineData("Welcome\u0007", "U+0007")]
    [InlineData("\u0000", "U+0000")]
    [InlineData("bad \uFFFE", "U+FFFE")]
    public void IllegalCharacterInAnyStringIsAnError(string value, string codePoint)
    {
        var finding = Assert.Single(RuleEngine.CheckPayload(Login(Key("LoginWindowMessage", value))));

        Assert.Equal("PAC3003", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains(codePoint, finding.Message);
        Assert.Equal("LoginWindowMessage", finding.KeyPath);
    }

    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void LoneSurrogateIsAnError(int surrogate)
    {
        // Built at run time: xunit would replace a lone surrogate in attribute data.
        var value = "lone " + (char)surrogate + " surrogate";

        var finding = Assert.Single(RuleEngine.CheckPayload(Payload("com.example.app", Key("Text", value))));
        Assert.Contains($"U+{surrogate:X4}", finding.Message);
    }

    [Fact]
    public void SecretIsNotQuoted()
    {
        var finding = Assert.Single(RuleEngine.CheckPayload(Payload("com.example.app", Key("ClientSecret", "abc\u0001def", Secret())), RuleContext.Build));

        Assert.Equal("PAC3003", finding.Rule.Id);
        Assert.DoesNotContain("abc", finding.Message);
    }

    [Fact]
    public void IllegalCharacterInAListItemIsFound()
    {
        var findings = RuleEngine.CheckPayload(Login(Key("OIDCAdmin", new[] { "admin", "ops\u001B" }), Key("OIDCAdminAttribute", "groups")));

        Assert.Equal(new[] { "PAC3003" }, findings.Ids());
    }

    [Fact]
    public void IllegalCharacterInAKeyIsFound()
    {
        var finding = Assert.Single(RuleEngine.CheckPayload(Payload("com.example.app", Key("Bad\u0001Key", "ok"))));

        Assert.Contains("The key", finding.Message);
        Assert.Contains("U+0001", finding.Message);
    }

    [Fact]
    public void MessageQuotesTheValueOnOneLine_KeepingSurrogatePairs()
    {
        var finding = Assert.Single(RuleEngine.CheckPayload(Payload("com.example.app", Key("Text", "one\ntwo \U0001F600\u0001"))));

        Assert.Equal(
            "Text contains the character U+0001 at position 11 of 'one\\u000Atwo \U0001F600\\u0001', which XML 1.0 cannot hold: the profile would not parse and macOS refuses to install it. Remove the character.",
            finding.Message);
    }

    [Fact]
    public void LoneSurrogateIsNamedAsSuch()
    {
        var finding = Assert.Single(RuleEngine.CheckPayload(Payload("com.example.app", Key("Text", "a" + (char)0xDC00))));

        Assert.Contains("U+DC00 (a lone surrogate) at position 2 of 'a\\uDC00'", finding.Message);
    }

    [Theory]
    [InlineData("tab\tnew line\ncarriage\r")]
    [InlineData("emoji 😀 and ü")]
    [InlineData("\uE000\uFFFD")]
    public void LegalCharactersPass(string value)
    {
        Assert.Empty(RuleEngine.CheckPayload(Payload("com.example.app", Key("Text", value))));
    }

    [Fact]
    public void XmlAcceptanceAgreesWithSystemXml()
    {
        // System.Xml's XmlConvert is the independent oracle for XML 1.0's Char production.
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = ((char)c).ToString();
            bool legal;
            try
            {
                System.Xml.XmlConvert.VerifyXmlChars(text);
                legal = true;
            }
            catch (System.Xml.XmlException)
            {
                legal = false;
            }

            var reported = RuleEngine.CheckPayload(Payload("com.example.app", Key("Text", text))).Count > 0;
            Assert.True(legal != reported, $"U+{c:X4}: legal={legal}, reported={reported}");
        }
    }
}
