using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Tests.Rules.Structure;

public sealed class BuildFailuresTests
{
    [Fact]
    public void ProfileThrewNamesProfileAndException()
    {
        var finding = BuildFailures.ProfileThrew("ContosoJamfConnect", "InvalidOperationException", "JAMF_SECRET is not set", "Profile.cs(3)");

        Assert.Equal("PAC9001", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains("'ContosoJamfConnect'", finding.Message);
        Assert.Contains("InvalidOperationException: JAMF_SECRET is not set", finding.Message);
        Assert.Equal("Profile.cs(3)", finding.Origin);
    }
}
