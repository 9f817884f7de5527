using ProfileAsCode.Profiles;
using ProfileAsCode.Tests.Profiles.Support;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.Profiles;

public class ProfileBuildExceptionTests
{
    [Fact]
    public void ThrowingPayloadProperty_NamesRecordAndProperty()
    {
        var e = Assert.Throws<ProfileBuildException>(() => ProfileBuilder.Build(typeof(ThrowingPropertyProfile)));

        Assert.Equal("Reading ThrowingPropertyProfile.Settings.Tenant threw InvalidOperationException: tenant lookup failed", e.Message);
        Assert.Equal(typeof(ThrowingPropertyProfile), e.ProfileType);
        Assert.Equal("Settings.Tenant", e.PropertyPath);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public void ThrowingProfileProperty_NamesRecordAndProperty()
    {
        var e = Assert.Throws<ProfileBuildException>(() => ProfileBuilder.Build(typeof(ThrowingPayloadProfile)));

        Assert.Equal("Reading ThrowingPayloadProfile.App threw FileNotFoundException: secrets.json", e.Message);
        Assert.Equal("App", e.PropertyPath);
    }

    [Fact]
    public void ThrowingInitializer_NamesRecord()
    {
        var e = Assert.Throws<ProfileBuildException>(() => ProfileBuilder.Build(typeof(ThrowingConstructorProfile)));

        Assert.Equal("Creating ThrowingConstructorProfile threw InvalidOperationException: PAC_TEST_UNSET_VARIABLE is not set", e.Message);
        Assert.Null(e.PropertyPath);
    }

    [Fact]
    public void RecordWithoutParameterlessConstructor_SaysHowToDeclareIt()
    {
        var e = Assert.Throws<ProfileBuildException>(() => ProfileBuilder.Build(typeof(PositionalProfile)));

        Assert.StartsWith("PositionalProfile cannot be created: a [ConfigurationProfile] record needs a public parameterless constructor", e.Message);
    }
}
