using ProfileAsCode.Profiles;
using ProfileAsCode.Tests.Oracles;
using ProfileAsCode.Tests.Profiles.Support;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.Profiles;

public class ProfileIdentityTests
{
    [Fact]
    public void DerivedUuids_AreUuid5OfTheIdentifiers_PerPython()
    {
        var profile = ProfileBuilder.Build(typeof(SmallProfile)).Profile;

        Assert.Equal(PythonUuid.Uuid5(DeterministicUuid.Namespace, "com.example.small"), profile.Uuid);
        var payload = Assert.Single(profile.Payloads);
        Assert.Equal("com.example.small.com.example.app", payload.Identifier);
        Assert.Equal(PythonUuid.Uuid5(DeterministicUuid.Namespace, "com.example.small.com.example.app"), payload.Uuid);
    }

    [Fact]
    public void SameSource_GivesSameUuids()
    {
        var first = ProfileBuilder.Build(typeof(ExampleProfile)).Profile;
        var second = ProfileBuilder.Build(typeof(ExampleProfile)).Profile;

        Assert.Equal(first.Uuid, second.Uuid);
        Assert.Equal(first.Payloads[0].Uuid, second.Payloads[0].Uuid);
        Assert.NotEqual(first.Uuid, first.Payloads[0].Uuid);
    }

    [Fact]
    public void PinnedUuidsAndIdentifier_AreWrittenAsGiven()
    {
        var built = ProfileBuilder.Build(typeof(PinnedProfile));

        Assert.Empty(built.Findings);
        Assert.Equal("com.example.pinned", built.Profile.Identifier);
        Assert.Equal("0FE3872D-1111-4222-8333-444455556666", built.Profile.Uuid);
        var payload = Assert.Single(built.Profile.Payloads);
        Assert.Equal("0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF", payload.Identifier);
        Assert.Equal("0fe3872d-aaaa-4bbb-8ccc-ddddeeeeffff", payload.Uuid);
        Assert.Equal("0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF", Assert.Single(built.Facts.Payloads).Identifier);
    }

    [Fact]
    public void MalformedPinnedUuids_AreReportedAsPac3001()
    {
        var built = ProfileBuilder.Build(typeof(BadPinProfile));

        Assert.Collection(
            built.Findings,
            f => Assert.Equal("PAC3001 BadPinProfile.App [PayloadIdentity] pins PayloadUUID '{0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF}', which is not a UUID (8-4-4-4-12 hexadecimal digits, e.g. 'A1B2C3D4-E5F6-4890-ABCD-EF1234567890').", $"{f.Rule.Id} {f.Message}"),
            f => Assert.StartsWith("PAC3001 [ConfigurationProfile] of BadPinProfile pins PayloadUUID 'not-a-uuid'", $"{f.Rule.Id} {f.Message}"));
    }
}
