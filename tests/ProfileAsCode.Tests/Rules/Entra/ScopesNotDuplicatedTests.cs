using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class ScopesNotDuplicatedTests
{
    [Theory]
    [InlineData("openid+email+openid", "openid+email")]
    [InlineData("openid+Email+email", "openid+Email")]
    public void DuplicateIsAWarningWithTheDuplicateRemoved(string scopes, string fixedScopes)
    {
        var finding = CheckValue(scopes, Scopes()).Single("PAC1025");

        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Equal(fixedScopes, finding.Replacement);
    }

    [Fact]
    public void EachDuplicatedScopeIsReportedOnce()
    {
        var findings = CheckValue("openid+email+openid+email+openid", Scopes()).Where(f => f.Rule.Id == "PAC1025").ToList();

        Assert.Equal(2, findings.Count);
        Assert.Contains("'openid'", findings[0].Message);
        Assert.Contains("'email'", findings[1].Message);
    }

    [Fact]
    public void DistinctScopesPass()
    {
        Assert.DoesNotContain("PAC1025", CheckValue("openid+email+profile+offline_access", Scopes()).Ids());
    }
}
