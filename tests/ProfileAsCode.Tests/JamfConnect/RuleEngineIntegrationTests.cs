using ProfileAsCode.Profiles;
using ProfileAsCode.Rules;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.JamfConnect;

/// <summary>The facts of built records, checked by the rule engine as the build host will.</summary>
public class RuleEngineIntegrationTests
{
    [Fact]
    public void EntraRopgScenario_RaisesNothingAboveInfo()
    {
        var facts = ProfileBuilder.Build(typeof(ContosoJamfConnect)).Facts;

        var findings = RuleEngine.CheckProject([facts], RuleContext.Build);

        Assert.DoesNotContain(findings, f => f.Rule.DefaultSeverity != RuleSeverity.Info);
    }

    [Fact]
    public void JamfAzureSample_ReportsItsTrapsAtTheRecordProperties()
    {
        var facts = ProfileBuilder.Build(typeof(JamfAzureSampleProfile)).Facts;

        var findings = RuleEngine.CheckProject([facts], RuleContext.Build);

        var clientIds = findings.Where(f => f.Rule.Id == "PAC1010").Select(f => f.Origin?.ToString() ?? "").ToArray();
        Assert.Equal(["JamfAzureSampleProfile.Login.OidcClientId", "JamfAzureSampleProfile.Login.OidcRopgId"], clientIds);
        Assert.Contains(findings, f => f.Rule.Id == "PAC2001");
    }
}
