using System.Diagnostics;
using ProfileAsCode.JamfPro.Applying;
using ProfileAsCode.JamfPro.Http;
using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.Testing.FakeJamf;
using ProfileAsCode.JamfPro.Tests.Support;

namespace ProfileAsCode.JamfPro.Tests.EndToEnd;

/// <summary>500s, 409s, a slow server, a create whose outcome is unknown, and a run that fails halfway.</summary>
public class FailuresAndRetriesTests
{
    private const string Create = "/JSSResource/osxconfigurationprofiles/id/0";
    private const string List = "/JSSResource/osxconfigurationprofiles";

    private static BuiltProfile[] Three =>
    [
        TestProfiles.Make("com.contoso.one", "One", TestProfiles.Dict(("N", 1L))),
        TestProfiles.Make("com.contoso.two", "Two", TestProfiles.Dict(("N", 2L))),
        TestProfiles.Make("com.contoso.three", "Three", TestProfiles.Dict(("N", 3L))),
    ];

    [Fact]
    public async Task TransientErrorsOnReads_AreRetriedWithGrowingJitteredWaits()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        await client.ApplyAsync(Three, new ApplyOptions(), null, CancellationToken.None);
        jamf.State.Faults.Add("GET", List, new StatusFault(500), times: 1);
        jamf.State.Faults.Add("GET", List, new StatusFault(502), times: 1);
        jamf.State.Faults.Add("GET", List, new StatusFault(503), times: 1);

        var plan = await client.PlanAsync(Three, prune: false, CancellationToken.None);

        Assert.False(plan.HasChanges);
        // RetryPolicy: wait n lies in [cap/2, cap], cap = 100 ms × 2^(n-1) up to 400 ms; the test's jitter source gives 0.5.
        Assert.Equal([TimeSpan.FromMilliseconds(75), TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(300)], jamf.Waits);
    }

    [Fact]
    public async Task RetryAfter_IsHonouredUpToTheCap()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        jamf.State.Faults.Add("GET", List, new StatusFault(429, RetryAfter: TimeSpan.FromSeconds(30)));

        await client.PlanAsync(Three, prune: false, CancellationToken.None);

        Assert.Equal([TimeSpan.FromMilliseconds(400)], jamf.Waits);
    }

    [Fact]
    public async Task ServerErrorsThatDoNotStop_GiveUpAfterTheBoundedAttempts()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        jamf.State.Faults.Add("GET", List, new StatusFault(500), times: 100);

        var error = await Assert.ThrowsAsync<JamfProException>(() => client.PlanAsync(Three, prune: false, CancellationToken.None));

        Assert.Equal(JamfProProblem.Unavailable, error.Problem);
        Assert.Equal($"GET {List}: HTTP 500 InternalServerError: Injected by the test, still failing after 4 attempts; try again later.", error.Message);
        Assert.Equal(4, jamf.State.Log.Count(r => r.Path == List));
    }

    [Fact]
    public async Task SlowServer_TimedOutReadsAreRetried_AndTheRunStaysShort()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        jamf.Options = jamf.Options with { RequestTimeout = TimeSpan.FromMilliseconds(300) };
        using var client = jamf.Connect();
        jamf.State.Faults.Add("GET", List, new DelayFault(TimeSpan.FromSeconds(5)), times: 2);
        var clock = Stopwatch.StartNew();

        var plan = await client.PlanAsync(Three, prune: false, CancellationToken.None);

        Assert.Equal(3, plan.Count(PlannedAction.Create));
        Assert.Equal(2, jamf.Waits.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task ServerThatNeverAnswers_FailsWithOneLine_WithinTheBound()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        jamf.Options = jamf.Options with { RequestTimeout = TimeSpan.FromMilliseconds(200) };
        using var client = jamf.Connect();
        jamf.State.Faults.Add("GET", List, new DelayFault(TimeSpan.FromSeconds(30)), times: 100);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<JamfProException>(() => client.PlanAsync(Three, prune: false, CancellationToken.None));

        Assert.Equal($"GET {List}: no answer within 0.2 s, still failing after 4 attempts; try again later.", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task CreateThatFailsAfterTheServerStoredIt_IsFoundByCheckingAndNotRepeated()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        jamf.State.Faults.Add("POST", Create, new FailAfterHandlingFault(500));
        BuiltProfile[] one = [Three[0]];

        var result = await client.ApplyAsync(one, new ApplyOptions(), jamf.Progress, CancellationToken.None);

        Assert.True(result.AllApplied, result.Summary());
        Assert.Single(jamf.State.Profiles);
        Assert.Equal(1, jamf.State.Log.Count(r => r.Method == "POST" && r.Path == Create));
        Assert.Contains(jamf.Output, line => line.Contains(": Checking: ", StringComparison.Ordinal));
        Assert.False((await client.PlanAsync(one, prune: false, CancellationToken.None)).HasChanges);
    }

    [Fact]
    public async Task CreateThatFailsBeforeStoring_IsTriedAgainOnlyAfterChecking()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        jamf.State.Faults.Add("POST", Create, new StatusFault(503));

        var result = await client.ApplyAsync([Three[0]], new ApplyOptions(), jamf.Progress, CancellationToken.None);

        Assert.True(result.AllApplied, result.Summary());
        Assert.Single(jamf.State.Profiles);
        var requests = jamf.State.Log.Select(r => $"{r.Method} {r.Path} {r.Status}").ToList();
        var firstPost = requests.IndexOf($"POST {Create} 503");
        Assert.Equal($"GET {List} 200", requests[firstPost + 1]);
        Assert.Equal($"POST {Create} 201", requests[firstPost + 2]);
    }

    [Fact]
    public async Task UpdateRefusedWith409_IsNotRetried_AndNamesJamfsReason()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        await client.ApplyAsync([Three[0]], new ApplyOptions(), null, CancellationToken.None);
        var id = Assert.Single(jamf.State.Profiles).Id;
        jamf.State.Faults.Add("PUT", $"{List}/id/{id}", new StatusFault(409));
        var changed = TestProfiles.Make("com.contoso.one", "One", TestProfiles.Dict(("N", 10L)));

        var result = await client.ApplyAsync([changed], new ApplyOptions(), jamf.Progress, CancellationToken.None);

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.Equal($"PUT {List}/id/{id}: Jamf Pro refused it (HTTP 409 Conflict: Injected by the test).", outcome.Message);
        Assert.Equal(1, jamf.State.Log.Count(r => r.Method == "PUT"));
    }

    [Fact]
    public async Task PartialFailure_SaysWhatWasAndWasNotApplied_AndASecondRunFinishes()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        // The first create fails three times without storing anything: its attempts run out.
        jamf.State.Faults.Add("POST", Create, new StatusFault(500), times: 3);

        var first = await client.ApplyAsync(Three, new ApplyOptions(), jamf.Progress, CancellationToken.None);

        Assert.False(first.AllApplied);
        Assert.Equal(OutcomeKind.Failed, first.Outcomes[0].Kind);
        Assert.Contains("It was not created; gave up after 3 attempts.", first.Outcomes[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, first.Count(OutcomeKind.Created));
        Assert.Equal(
            "2 applied (2 created, 0 updated, 0 deleted), 0 unchanged; 1 not applied: com.contoso.one.mobileconfig; run apply again to finish",
            first.Summary());

        var second = await client.ApplyAsync(Three, new ApplyOptions(), jamf.Progress, CancellationToken.None);

        Assert.True(second.AllApplied, second.Summary());
        Assert.Equal(1, second.Count(OutcomeKind.Created));
        Assert.Equal(2, second.Count(OutcomeKind.Unchanged));
        Assert.Equal(3, jamf.State.Profiles.Count);
        Assert.False((await client.PlanAsync(Three, prune: false, CancellationToken.None)).HasChanges);
    }

    [Fact]
    public void PlainHttpToARemoteHost_IsRefusedBeforeAnyRequest()
    {
        var error = Assert.Throws<JamfProException>(() => new JamfProProfiles("http://jamf.contoso.com", new Auth.ClientCredentials("id", "secret"), new SimpleDiffer()));

        Assert.Equal(JamfProProblem.BadInput, error.Problem);
        Assert.Contains("must be reached over https://", error.Message, StringComparison.Ordinal);
    }
}
