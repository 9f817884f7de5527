using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class OktaIdentityEngineScopesUseSpacesTests
{
    [Fact]
    public void PlusSeparatedScopesForOktaIdentityEngineAreOneError()
    {
        var payload = Login(Key("OIDCProvider", "OktaIdentityEngine"), Key("OIDCScopes", "openid+profile+email+groups", Scopes(providerKey: "OIDCProvider")));

        var finding = Assert.Single(RuleEngine.CheckPayload(payload));
        Assert.Equal("PAC1028", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Equal("openid profile email groups", finding.Replacement);
        Assert.Contains("groups", finding.Message);
    }

    [Fact]
    public void SpaceSeparatedScopesForOktaIdentityEnginePass()
    {
        var payload = Login(Key("OIDCProvider", "OktaIdentityEngine"), Key("OIDCScopes", "openid profile email groups"));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }

    [Fact]
    public void OktaClassicKeepsPlus()
    {
        var payload = Login(Key("OIDCProvider", "Okta"), Key("AuthServer", "contoso.okta.com"), Key("OIDCScopes", "openid+profile+email"));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }
}
