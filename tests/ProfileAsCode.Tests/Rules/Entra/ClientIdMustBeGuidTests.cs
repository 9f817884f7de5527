using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class ClientIdMustBeGuidTests
{
    [Theory]
    [InlineData("2520sdfsfsfbebfd2-53ffs5e-…")] // Jamf's Azure AD sample (com.jamf.connect.login.plist)
    [InlineData("5fse52c7-…")] // Jamf's hybrid PHS sample
    [InlineData("9fcc52c7-ee36-4889-8517-lkjslkjoe23")]
    public void JamfSampleClientIdsAreNotGuids(string clientId)
    {
        var finding = Assert.Single(RuleEngine.CheckPayload(Login(Key("OIDCProvider", "Azure"), Key("OIDCClientID", clientId))));

        Assert.Equal("PAC1010", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains($"'{clientId}'", finding.Message);
        Assert.Contains("AADSTS700016", finding.Message);
        Assert.Null(finding.Replacement);
    }

    [Fact]
    public void BracedClientIdGetsReplacement()
    {
        var finding = CheckValue("{" + OidcAppGuid.ToUpperInvariant() + "}", Client()).Single("PAC1010");

        Assert.Equal(OidcAppGuid, finding.Replacement);
    }

    [Fact]
    public void GoogleClientIdIsNotChecked()
    {
        var payload = Login(Key("OIDCProvider", "GoogleID"), Key("OIDCClientID", "123-abc.apps.googleusercontent.com", Client("OIDCProvider")), Unknown("OIDCClientSecret"));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }

    [Fact]
    public void MenuBarRopgIdIsChecked()
    {
        var payload = MenuBar(Key("IdPSettings.Provider", "Azure"), Key("IdPSettings.ROPGID", "c27d1b33-59b3-4ab2-a5c9-23jf0093"));

        Assert.Equal(new[] { "PAC1010" }, RuleEngine.CheckPayload(payload).Ids());
    }

    [Fact]
    public void GuidPasses()
    {
        Assert.Empty(CheckValue(OidcAppGuid, Client()));
    }
}
