using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class TenantMustBeGuidTests
{
    [Theory]
    [InlineData("9fcc52c7-ee36-4889-8517-lkjslkjoe23")] // Jamf's Login Window Authentication Settings sample
    [InlineData("c27d1b33-59b3-4ab2-a5c9-23jf0093")] // Jamf's menu bar sample
    public void JamfSampleFakeGuidIsNotAGuidAndNotAPlaceholder(string tenant)
    {
        var findings = RuleEngine.CheckPayload(Login(Key("OIDCProvider", "Azure"), Key("OIDCClientID", OidcAppGuid), Key("OIDCTenant", tenant)));

        var finding = Assert.Single(findings);
        Assert.Equal("PAC1001", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains($"'{tenant}'", finding.Message);
        Assert.Contains("AADSTS90002", finding.Message);
        Assert.Equal("OIDCTenant", finding.KeyPath);
        Assert.Equal("OIDCTenant", finding.Origin);
        Assert.Null(finding.Replacement);
    }

    [Fact]
    public void FakeGuidMessageNamesTheNonHexCharacters()
    {
        var finding = CheckValue("9fcc52c7-ee36-4889-8517-lkjslkjoe23", Tenant()).Single("PAC1001");

        Assert.Contains("'l', 'k', 'j', 's', 'o'", finding.Message);
    }

    [Theory]
    [InlineData("{9F1C2D3E-4A5B-4C6D-8E7F-0A1B2C3D4E5F}")]
    [InlineData(" 9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f ")]
    [InlineData("9f1c2d3e4a5b4c6d8e7f0a1b2c3d4e5f")]
    [InlineData("(9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f)")]
    public void WrappedGuidGetsTheBareLowerCaseGuidAsReplacement(string tenant)
    {
        var finding = CheckValue(tenant, Tenant()).Single("PAC1001");

        Assert.Equal(TenantGuid, finding.Replacement);
        Assert.Equal(FindingProperties.ReplaceValue, finding.Properties[FindingProperties.Fix]);
        Assert.Equal(TenantGuid, finding.Properties[FindingProperties.Value]);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{00000000-0000-0000-0000-000000000000}")]
    public void AllZerosIsReportedWithoutReplacement(string tenant)
    {
        var finding = CheckValue(tenant, Tenant()).Single("PAC1001");

        Assert.Contains("all-zeros", finding.Message);
        Assert.Null(finding.Replacement);
    }

    [Theory]
    [InlineData("contoso")]
    [InlineData("9f1c2d3e-4a5b-4c6d-8e7f")]
    [InlineData("9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f0")]
    public void OtherTextIsNotAGuid(string tenant)
    {
        Assert.Equal(new[] { "PAC1001" }, CheckValue(tenant, Tenant()).Ids());
    }

    [Theory]
    [InlineData(TenantGuid)]
    [InlineData("9F1C2D3E-4A5B-4C6D-8E7F-0A1B2C3D4E5F")]
    public void GuidPasses(string tenant)
    {
        Assert.Empty(CheckValue(tenant, Tenant()));
    }

    [Theory]
    [InlineData("OneLogin")]
    [InlineData("Okta")]
    [InlineData("IBMCI")]
    public void NonEntraProviderTenantIsNotChecked(string provider)
    {
        var payload = Login(Key("OIDCProvider", provider), Key("OIDCClientID", OidcAppGuid), Key("AuthServer", "contoso.okta.com"), Key("OIDCTenant", "orgtenant", Tenant("OIDCProvider")));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }

    [Fact]
    public void UnknownProviderOrAbsentProviderMeansNotChecked()
    {
        var unknownProvider = Login(Unknown("OIDCProvider"), Key("OIDCTenant", "orgtenant", Tenant("OIDCProvider")));
        var noProvider = Login(Key("OIDCTenant", "orgtenant", Tenant("OIDCProvider")));

        Assert.Empty(RuleEngine.CheckPayload(unknownProvider));
        Assert.Empty(RuleEngine.CheckPayload(noProvider));
    }

    [Fact]
    public void UnknownTenantIsNeverChecked()
    {
        Assert.Empty(RuleEngine.CheckPayload(Payload("com.example.app", Unknown("Tenant", Tenant()))));
    }

    [Fact]
    public void MenuBarTenantIsCheckedWhenItsProviderIsEntra()
    {
        var payload = MenuBar(Key("IdPSettings.Provider", "EntraID"), Key("IdPSettings.ROPGID", OidcAppGuid), Key("IdPSettings.TenantID", "{" + TenantGuid + "}"));

        var finding = RuleEngine.CheckPayload(payload).Single("PAC1001");
        Assert.Equal("IdPSettings.TenantID", finding.KeyPath);
        Assert.Equal(TenantGuid, finding.Replacement);
    }

    [Theory]
    [InlineData("9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f")]
    [InlineData("9F1C2D3E-4A5B-4C6D-8E7F-0A1B2C3D4E5F")]
    [InlineData("9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5g")]
    [InlineData("9f1c2d3e4a5b-4c6d-8e7f-0a1b2c3d4e5f-")]
    [InlineData("{9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f}")]
    [InlineData("9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5")]
    public void GuidAcceptanceAgreesWithSystemGuid(string text)
    {
        // System.Guid's "D" format is the independent oracle for what a bare GUID is.
        var isGuid = Guid.TryParseExact(text, "D", out _);

        Assert.Equal(!isGuid, CheckValue(text, Tenant()).Ids().Contains("PAC1001"));
    }
}
