using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Keys;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Keys;

/// <summary>The generic check on a small table of two sibling domains, independent of Jamf Connect's.</summary>
public sealed class KeysMatchTableTests
{
    private const string Main = "com.example.main";
    private const string Side = "com.example.side";

    private static readonly KeyRules Rules = new(RuleCatalog.UnknownKey, RuleCatalog.WrongKeyType, "The app");

    private static readonly KeyTable Table = new(
        new[]
        {
            new KeySpec(Main, "ServerURL", PlistType.String, "https://example.com/doc"),
            new KeySpec(Main, "Enabled", PlistType.Boolean, "https://example.com/doc"),
            new KeySpec(Main, "Retries", PlistType.Integer, "https://example.com/doc"),
            new KeySpec(Main, "Ratio", PlistType.Real, "https://example.com/doc"),
            new KeySpec(Main, "Admins", PlistType.Array, "https://example.com/doc", itemType: PlistType.String),
            new KeySpec(Main, "Window", PlistType.Dictionary, "https://example.com/doc"),
            new KeySpec(Main, "Window.Title", PlistType.String, "https://example.com/doc"),
            new KeySpec(Main, "Bookmarks", PlistType.Dictionary, "https://example.com/doc", freeFormChildren: true),
            new KeySpec(Main, "Guessed", PlistType.Boolean, "https://example.com/sample", verified: false),
            new KeySpec(Main, "Endpoint", PlistType.String, "https://example.com/doc", sameSettingIn: "SideEndpoint"),
            new KeySpec(Side, "SideEndpoint", PlistType.String, "https://example.com/doc", sameSettingIn: "Endpoint"),
            new KeySpec(Side, "OnlyOnTheSide", PlistType.String, "https://example.com/doc"),
        },
        new Dictionary<string, string> { [Main] = "the main app (" + Main + ")", [Side] = "the side app (" + Side + ")" });

    private static List<Finding> Check(string domain, params KeyFact[] keys)
    {
        var findings = new List<Finding>();
        KeysMatchTable.Check(Payload(domain, keys), Table, Rules, findings);
        return findings;
    }

    [Fact]
    public void KnownKeysOfTheRightTypePass()
    {
        Assert.Empty(Check(
            Main,
            Key("ServerURL", "https://x"),
            Key("Enabled", true),
            new KeyFact("Retries", FactValue.Of(3L)),
            new KeyFact("Ratio", FactValue.Of(2L)), // an integer serves where a real is read
            Key("Admins", new[] { "a", "b" }),
            Key("Window.Title", "Hello"),
            Key("Bookmarks.Anything.At.All", "x")));
    }

    [Fact]
    public void NearMissGetsDidYouMeanAndARenameFix()
    {
        var finding = Assert.Single(Check(Main, Key("ServerUrl", "https://x")));

        Assert.Equal("PAC2006", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains("did you mean ServerURL?", finding.Message);
        Assert.Equal("ServerUrl", finding.KeyPath);
        Assert.Equal("ServerUrl", finding.Origin);
        Assert.Equal(FindingProperties.RenameKey, finding.Properties[FindingProperties.Fix]);
        Assert.Equal("ServerURL", finding.Properties[FindingProperties.Value]);
    }

    [Fact]
    public void NestedNearMissIsComparedWithItsSiblings()
    {
        var finding = Assert.Single(Check(Main, Key("Window.Titel", "x")));

        Assert.Contains("did you mean Window.Title?", finding.Message);
        Assert.Equal("Title", finding.Properties[FindingProperties.Value]);
    }

    [Fact]
    public void KeyOfTheSiblingDomainSaysWhereItBelongsAndTheSameSettingHere()
    {
        var finding = Assert.Single(Check(Main, Key("SideEndpoint", "x")));

        Assert.Contains("belongs to the side app (com.example.side)", finding.Message);
        Assert.Contains("The same setting here is Endpoint.", finding.Message);
        Assert.False(finding.Properties.ContainsKey(FindingProperties.Fix));
        Assert.Equal("true", finding.Properties[FindingProperties.AtKeyName]);
    }

    [Fact]
    public void KeyNoDomainKnowsIsReportedOnceForItsWholeDictionary()
    {
        var finding = Assert.Single(Check(Main, Key("Mystery.A", "x"), Key("Mystery.B", "y")));

        Assert.Equal("Mystery", finding.KeyPath);
        Assert.Contains("is not a key of the main app (com.example.main) (nor of the side app (com.example.side))", finding.Message);
    }

    [Theory]
    [InlineData("Enabled", "true", "a string ('true')", "a boolean")]
    [InlineData("Retries", "15", "a string ('15')", "an integer")]
    [InlineData("Admins", "root", "a string ('root')", "an array")]
    [InlineData("Window", "big", "a string ('big')", "a dictionary")]
    public void WrongTypeIsAnErrorNamingBothTypes(string key, string value, string actual, string expected)
    {
        var finding = Assert.Single(Check(Main, Key(key, value)));

        Assert.Equal("PAC2007", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.StartsWith($"{key} is {actual}, but The app reads it as {expected}", finding.Message);
    }

    [Fact]
    public void ScalarHoldingKeysIsAWrongType()
    {
        var finding = Assert.Single(Check(Main, Key("ServerURL.Host", "x")));

        Assert.Equal("PAC2007", finding.Rule.Id);
        Assert.Equal("ServerURL", finding.KeyPath);
        Assert.Contains("holds keys such as 'Host'", finding.Message);
    }

    [Fact]
    public void ArrayItemOfTheWrongTypeIsNamed()
    {
        var finding = Assert.Single(Check(Main, new KeyFact("Admins", FactValue.Of(new[] { FactValue.Of("a"), FactValue.Of(true) }))));

        Assert.Contains("item 2 is a boolean", finding.Message);
    }

    [Fact]
    public void UnknownValuesAndUnverifiedTypesAreNotJudgedByType()
    {
        Assert.Empty(Check(Main, Unknown("Enabled"), Key("Guessed", "yes")));
    }

    [Fact]
    public void UnknownValueOfAnUnknownKeyIsStillAnUnknownKey()
    {
        Assert.Equal("PAC2006", Assert.Single(Check(Main, Unknown("Enabeld"))).Rule.Id);
    }

    [Fact]
    public void DomainsOutsideTheTableAreNotChecked()
    {
        Assert.Empty(Check("com.example.other", Key("Whatever", "x")));
    }

    [Theory]
    [InlineData("ServerUrl", "ServerURL", 0)]
    [InlineData("OIDCRedirectUrl", "OIDCRedirectURI", 1)]
    [InlineData("Enabeld", "Enabled", 1)]
    [InlineData("abc", "xyz", 3)]
    public void DistanceIgnoresCaseAndCountsTranspositionsOnce(string a, string b, int distance)
    {
        Assert.Equal(distance, KeySuggestions.Distance(a, b));
    }

    [Fact]
    public void FarAwayNamesGetNoSuggestion()
    {
        Assert.Null(KeySuggestions.Nearest("Colour", new[] { "ServerURL", "Enabled" }));
    }

    [Fact]
    public void ItemsOfAnArrayTheTableDoesNotDescribe_EndTheWalkSilently()
    {
        // A table written key by key has no item paths: what a dictionary item holds is not judged.
        Assert.Empty(Check(Main, Key("Admins[0].Name", "x"), Key("Window.Title", "Hello")));
    }

    [Fact]
    public void UnknownKeyAfterAKnownDictionary_IsNamedWithItsParent()
    {
        var finding = Assert.Single(Check(Main, Key("Window.Colour.Red", "ff")));

        Assert.Equal("Window.Colour", finding.KeyPath);
        Assert.Contains("Window.Colour is not a key of the main app", finding.Message);
    }
}
