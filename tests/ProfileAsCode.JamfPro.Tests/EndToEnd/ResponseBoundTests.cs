using ProfileAsCode.JamfPro.Tests.Support;

namespace ProfileAsCode.JamfPro.Tests.EndToEnd;

public class ResponseBoundTests
{
    [Fact]
    public async Task AnswerLargerThanTheBound_IsRefusedWithoutReadingIt()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        for (var i = 0; i < 20; i++)
        {
            jamf.State.AddUnmanaged($"Profile {i} with a long enough name", TestProfiles.Make($"com.contoso.p{i}", $"P{i}", TestProfiles.Dict()).Root);
        }

        jamf.Options = jamf.Options with { MaxResponseBytes = 1000 };
        using var client = jamf.Connect();

        var error = await Assert.ThrowsAsync<JamfProException>(() => client.PlanAsync([], prune: false, CancellationToken.None));

        Assert.Equal(JamfProProblem.BadResponse, error.Problem);
        Assert.Equal("GET /JSSResource/osxconfigurationprofiles: the answer is larger than 1000 bytes; refusing to read it.", error.Message);
    }
}
