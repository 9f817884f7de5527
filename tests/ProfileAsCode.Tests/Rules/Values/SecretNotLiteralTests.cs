using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Values;

public sealed class SecretNotLiteralTests
{
    private const string SecretText = "s3cr3t-Value~abc";

    [Fact]
    public void LiteralSecretInTheEditorIsAWarningThatNeverQuotesTheSecret()
    {
        var finding = Assert.Single(CheckValue(SecretText, Secret(), RuleContext.Editor));

        Assert.Equal("PAC2005", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains("literal", finding.Message);
        Assert.DoesNotContain(SecretText, finding.Message);
        Assert.DoesNotContain("AADSTS700025", finding.Message);
    }

    [Fact]
    public void EditorIsTheDefaultCaller()
    {
        Assert.Equal(new[] { "PAC2005" }, CheckValue(SecretText, Secret()).Ids());
    }

    [Fact]
    public void EntraSecretIsReportedForBeingALiteralWithoutClaimingEntraRefusesSecrets()
    {
        // Jamf documents client secrets with Entra ID (OIDCClientSecret, ROPGClientSecret).
        var payload = Login(Key("OIDCProvider", "EntraID"), Key("ROPGClientSecret", SecretText, Secret("OIDCProvider")));

        var finding = RuleEngine.CheckPayload(payload, RuleContext.Editor).Single("PAC2005");
        Assert.DoesNotContain("AADSTS700025", finding.Message);
        Assert.DoesNotContain("public client", finding.Message);
        Assert.Contains("literal", finding.Message);
        Assert.DoesNotContain(SecretText, finding.Message);
    }

    [Fact]
    public void BuildDoesNotCallARealValueALiteral()
    {
        Assert.Empty(CheckValue(SecretText, Secret(), RuleContext.Build));
    }

    [Fact]
    public void BuildSaysNothingAboutAnEntraSecret()
    {
        var payload = Login(Key("OIDCProvider", "Azure"), Key("OIDCClientSecret", SecretText));

        Assert.DoesNotContain("PAC2005", RuleEngine.CheckPayload(payload, RuleContext.Build).Ids());
    }

    [Fact]
    public void SecretFromTheEnvironmentIsUnknownInTheEditor()
    {
        Assert.Empty(RuleEngine.CheckPayload(Payload("com.example.app", Unknown("ClientSecret", Secret())), RuleContext.Editor));
    }
}
