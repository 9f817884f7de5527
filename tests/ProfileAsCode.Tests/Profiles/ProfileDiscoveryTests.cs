using ProfileAsCode.Profiles;
using ProfileAsCode.Tests.JamfConnect;
using ProfileAsCode.Tests.Profiles.Support;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.Profiles;

public class ProfileDiscoveryTests
{
    [Fact]
    public void FindsEveryProfileRecord_InOrdinalNameOrder_AndNothingElse()
    {
        var found = ProfileDiscovery.FindProfileTypes(typeof(ProfileDiscoveryTests).Assembly);

        Assert.Contains(typeof(ContosoJamfConnect), found);
        Assert.Contains(typeof(ExampleProfile), found);
        Assert.DoesNotContain(typeof(ExampleSettings), found);
        Assert.All(found, t => Assert.True(t.IsDefined(typeof(ConfigurationProfileAttribute), false)));
        Assert.Equal(found.Select(t => t.FullName).Order(StringComparer.Ordinal), found.Select(t => t.FullName));
    }

    [Fact]
    public void FindsNothing_InAnAssemblyWithoutProfiles()
    {
        Assert.Empty(ProfileDiscovery.FindProfileTypes(typeof(object).Assembly));
    }
}
