using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules;

/// <summary>Messages say what is actually wrong, and a placeholder is a placeholder wherever it stands.</summary>
public sealed class MessageTests
{
    [Theory]
    [InlineData("3f2a9c1e-4b5d-4e6f-8a7b-0c5d4b3a2e1", "group 5 has 11 characters, not 12")]
    [InlineData("3f2a9c1e4b5d-4e6f-8a7b-0c5d4b3a2e1f", "it has 4 dash-separated groups, not 5")]
    [InlineData("3f2a9c1e-4b5d-4e6f-8a7b-0c5d4b3a2e1g", "it contains 'g', which is not a hex digit")]
    public void NotAGuidSaysWhetherLengthGroupOrCharacterIsWrong(string clientId, string problem)
    {
        var finding = RuleEngine.CheckPayload(Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", clientId))).Single("PAC1010");

        Assert.Contains(problem, finding.Message);
        Assert.DoesNotContain("contains ,", finding.Message);
        Assert.DoesNotContain("contains  ", finding.Message);
    }

    [Theory]
    [InlineData("OIDCClientID", "<Application (client) ID …>")]
    [InlineData("OIDCClientID", "<Application (client) ID from Entra admin center → App registrations>")]
    [InlineData("OIDCTenant", "<Entra tenant ID>")]
    [InlineData("OIDCROPGID", "[APPLICATION ID]")]
    public void PlaceholderIsPac1021WhateverTheKeysRule(string key, string value)
    {
        var findings = RuleEngine.CheckPayload(Login(Key("OIDCProvider", "EntraID"), Key(key, value)));

        var finding = Assert.Single(findings, f => f.KeyPath == key);
        Assert.Equal("PAC1021", finding.Rule.Id);
    }

    [Fact]
    public void WholeValuePlaceholderIsReportedForAKeyWithoutRules()
    {
        var finding = Assert.Single(RuleEngine.CheckPayload(Login(Key("OIDCProvider", "Okta"), Key("AuthServer", "<your Okta domain>"))));

        Assert.Equal("PAC1021", finding.Rule.Id);
        Assert.Equal("AuthServer", finding.KeyPath);
    }

    [Theory]
    [InlineData("Your passwords are out of sync")]
    [InlineData("Sign in with your [Contoso] account")]
    [InlineData("Use <b>your</b> account")]
    public void SentencesInTextSettingsAreNotPlaceholders(string text)
    {
        Assert.Empty(RuleEngine.CheckPayload(MenuBar(Key("PasswordPolicies.SyncPasswordsMessage", text))));
    }

    [Fact]
    public void AFindingsMessageNamesItsKey()
    {
        var profile = Profile(
            Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", "not-a-guid"), Key("OIDCTenant", "common"), Key("OIDCScopes", "openid profile"), Key("OIDCRedirectUrl", "x")),
            MenuBar(Key("IdPSettings.Provider", "EntraID"), Key("IdPSettings.TenantID", "contoso.com")));

        var findings = RuleEngine.CheckProfile(profile);

        Assert.NotEmpty(findings);
        Assert.All(findings.Where(f => f.KeyPath is not null), f => Assert.Contains(f.KeyPath!, f.Message, StringComparison.Ordinal));
    }
}
