using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Tests.Rules.Structure;

public sealed class PinnedUuidWellFormedTests
{
    [Theory]
    [InlineData("0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF")]
    [InlineData("0fe3872d-aaaa-4bbb-8ccc-ddddeeeeffff")]
    public void CanonicalUuid_IsAccepted(string uuid)
    {
        Assert.Null(PinnedUuidWellFormed.Check("[PayloadIdentity]", uuid, origin: null));
    }

    [Theory]
    [InlineData("{0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF}")]
    [InlineData(" 0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF")] // written as given, so padding would reach the device
    [InlineData("0FE3872DAAAA4BBB8CCCDDDDEEEEFFFF")]
    [InlineData("not-a-uuid")]
    [InlineData("")]
    public void AnythingElse_IsPac3001_NamingTheAttribute(string uuid)
    {
        var finding = PinnedUuidWellFormed.Check("[ConfigurationProfile] of Contoso", uuid, origin: null);

        Assert.NotNull(finding);
        Assert.Equal("PAC3001", finding.Rule.Id);
        Assert.StartsWith($"[ConfigurationProfile] of Contoso pins PayloadUUID '{uuid}', which is not a UUID", finding.Message);
    }
}
