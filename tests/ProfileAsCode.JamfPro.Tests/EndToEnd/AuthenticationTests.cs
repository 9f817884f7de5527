using ProfileAsCode.JamfPro.Applying;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.Testing.FakeJamf;
using ProfileAsCode.JamfPro.Tests.Support;

namespace ProfileAsCode.JamfPro.Tests.EndToEnd;

/// <summary>Client-credentials tokens: renewal before expiry, a token refused mid-run, wrong credentials, missing privileges.</summary>
public class AuthenticationTests
{
    private static BuiltProfile[] Three =>
    [
        TestProfiles.Make("com.contoso.one", "One", TestProfiles.Dict(("N", 1L))),
        TestProfiles.Make("com.contoso.two", "Two", TestProfiles.Dict(("N", 2L))),
        TestProfiles.Make("com.contoso.three", "Three", TestProfiles.Dict(("N", 3L))),
    ];

    [Fact]
    public async Task TokenAboutToExpireMidRun_IsRenewedBeforeTheNextRequest_WithoutA401()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        jamf.State.TokenLifetime = TimeSpan.FromSeconds(100);
        using var client = jamf.Connect();

        // Each finished profile takes 90 simulated seconds: the token is renewed at 80 % of its life.
        var result = await client.ApplyAsync(Three, new ApplyOptions(), p =>
        {
            if (p.Step == ApplyStep.Done)
            {
                jamf.Time.Advance(TimeSpan.FromSeconds(90));
            }
        }, CancellationToken.None);

        Assert.True(result.AllApplied, result.Summary());
        Assert.Equal(3, jamf.State.IssuedTokens.Count);
        Assert.DoesNotContain(jamf.State.Log, r => r.Status == 401);
    }

    [Fact]
    public async Task TokenRefusedMidRun_IsReplacedOnce_AndTheRequestSucceeds()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        jamf.State.Faults.Add("POST", "/JSSResource/osxconfigurationprofiles/id/0", new RevokeTokensFault());

        var result = await client.ApplyAsync(Three, new ApplyOptions(), jamf.Progress, CancellationToken.None);

        Assert.True(result.AllApplied, result.Summary());
        Assert.Equal(2, jamf.State.IssuedTokens.Count);
        Assert.Equal(1, jamf.State.Log.Count(r => r.Status == 401));
        Assert.Equal(3, jamf.State.Profiles.Count);
    }

    [Fact]
    public async Task WrongSecret_IsOneLineNamingTheVariables()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect(clientSecret: "not-the-secret");

        var error = await Assert.ThrowsAsync<JamfProException>(() => client.PlanAsync(Three, prune: false, CancellationToken.None));

        Assert.Equal(JamfProProblem.Authentication, error.Problem);
        Assert.Equal(
            "POST /api/oauth/token: Jamf Pro refused the API client credentials (HTTP 401 Unauthorized); check JAMF_CLIENT_ID and JAMF_CLIENT_SECRET, and that the API client is enabled and its secret not rotated.",
            error.Message);
        Assert.Single(jamf.State.Log);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task MissingCreatePrivilege_NamesIt_AndStopsTheRun(int status)
    {
        await using var jamf = await JamfTestContext.StartAsync(new HashSet<string> { FakeJamfProState.ReadPrivilege, FakeJamfProState.UpdatePrivilege });
        jamf.State.MissingPrivilegeStatus = status;
        using var client = jamf.Connect();

        var result = await client.ApplyAsync(Three, new ApplyOptions(), jamf.Progress, CancellationToken.None);

        var first = result.Outcomes[0];
        Assert.Equal(OutcomeKind.Failed, first.Kind);
        Assert.Contains("lacks the privilege \"Create macOS Configuration Profiles\"", first.Message, StringComparison.Ordinal);
        Assert.All(result.Outcomes.Skip(1), o => Assert.Equal(OutcomeKind.NotAttempted, o.Kind));
        Assert.Empty(jamf.State.Profiles);
    }

    [Fact]
    public async Task MissingUpdatePrivilege_NamesIt()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using (var admin = jamf.Connect())
        {
            await admin.ApplyAsync([Three[0]], new ApplyOptions(), null, CancellationToken.None);
        }

        jamf.State.Clients.Clear();
        jamf.State.Clients.Add(new RegisteredClient(JamfTestContext.ClientId, JamfTestContext.ClientSecret, new HashSet<string> { FakeJamfProState.ReadPrivilege, FakeJamfProState.CreatePrivilege }));
        using var client = jamf.Connect();

        var result = await client.ApplyAsync([TestProfiles.Make("com.contoso.one", "One", TestProfiles.Dict(("N", 5L)))], new ApplyOptions(), null, CancellationToken.None);

        Assert.Contains("lacks the privilege \"Update macOS Configuration Profiles\"", Assert.Single(result.Outcomes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingReadPrivilege_FailsThePlanNamingIt()
    {
        await using var jamf = await JamfTestContext.StartAsync(new HashSet<string> { FakeJamfProState.CreatePrivilege });
        using var client = jamf.Connect();

        var error = await Assert.ThrowsAsync<JamfProException>(() => client.PlanAsync(Three, prune: false, CancellationToken.None));

        Assert.Equal(JamfProProblem.MissingPrivilege, error.Problem);
        Assert.Equal(
            "GET /JSSResource/osxconfigurationprofiles: Jamf Pro refused the request (HTTP 401 Unauthorized) even with a fresh token; the API client's role lacks the privilege \"Read macOS Configuration Profiles\" (add it under Settings › System › API roles and clients).",
            error.Message);
    }
}
