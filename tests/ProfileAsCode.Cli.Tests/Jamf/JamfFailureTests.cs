using System.Diagnostics;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Testing.FakeJamf;

namespace ProfileAsCode.Cli.Tests.Jamf;

/// <summary>
/// The real tool against a test server that misbehaves: tokens that expire mid-run, 409 and 500 answers, a slow
/// server (bounded retries, short timeouts injected for the test), and a run that fails halfway and is finished by a
/// second run.
/// </summary>
public class JamfFailureTests
{
    private const string List = "/JSSResource/osxconfigurationprofiles";
    private const string Create = List + "/id/0";

    [Fact]
    public async Task TokenRevokedMidRun_IsRenewedOnce_AndTheRunSucceeds()
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.token", "Token", 1);
        await using var jamf = await JamfCli.StartAsync();
        jamf.State.Faults.Add("POST", Create, new RevokeTokensFault());

        var apply = jamf.Run("jamf", "apply", file);

        Assert.True(apply.ExitCode == 0, apply.Stderr + apply.Stdout);
        Assert.Equal(2, jamf.State.IssuedTokens.Count);
        var posts = jamf.State.Log.Where(r => r.Method == "POST" && r.Path == Create).Select(r => r.Status).ToList();
        Assert.Equal([401, 201], posts);
        Assert.Single(jamf.State.Profiles);
    }

    [Fact]
    public async Task TokenThatExpiresDuringASlowRun_IsRenewed_AndTheRunSucceeds()
    {
        using var dir = new TempDirectory();
        var files = Enumerable.Range(1, 4).Select(i => JamfCli.WriteProfile(dir, $"com.contoso.slow{i}", $"Slow {i}", i)).ToArray();
        await using var jamf = await JamfCli.StartAsync();
        // Tokens live one second; each read waits 400 ms before the server checks the token, so tokens run out mid-run.
        jamf.State.TokenLifetime = TimeSpan.FromSeconds(1);
        jamf.State.Faults.Add("GET", List, new DelayFault(TimeSpan.FromMilliseconds(400)), times: 20);
        jamf.State.Faults.Add("POST", Create, new DelayFault(TimeSpan.FromMilliseconds(400)), times: 20);

        var apply = jamf.Run(["jamf", "apply", .. files]);

        Assert.True(apply.ExitCode == 0, apply.Stderr + apply.Stdout);
        Assert.Equal(4, jamf.State.Profiles.Count);
        Assert.True(jamf.State.IssuedTokens.Count >= 2, $"{jamf.State.IssuedTokens.Count} token(s) issued");
    }

    [Fact]
    public async Task UpdateRefusedWith409_IsNotRetried_NamesJamfsReason_AndExitsTwo()
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.conflict", "Conflict", 1);
        await using var jamf = await JamfCli.StartAsync();
        Assert.Equal(0, jamf.Run("jamf", "apply", file).ExitCode);
        var id = Assert.Single(jamf.State.Profiles).Id;
        JamfCli.WriteProfile(dir, "com.contoso.conflict", "Conflict", 2);
        jamf.State.Faults.Add("PUT", $"{List}/id/{id}", new StatusFault(409));

        var apply = jamf.Run("jamf", "apply", file);

        Assert.Equal(2, apply.ExitCode);
        var lines = apply.Stdout.Split('\n');
        Assert.Contains($"FAILED: {file}: PUT {List}/id/{id}: Jamf Pro refused it (HTTP 409 Conflict: Injected by the test).", lines);
        Assert.Contains("applied: none", lines);
        Assert.Contains($"not applied: {file}", lines);
        Assert.Equal(1, jamf.State.Log.Count(r => r.Method == "PUT"));
    }

    [Fact]
    public async Task ServerErrorsOnReads_AreRetried_ThenGiveUpWithOneLine()
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.errors", "Errors", 1);
        await using var jamf = await JamfCli.StartAsync();

        jamf.State.Faults.Add("GET", List, new StatusFault(500), times: 2);
        var recovered = jamf.Run("jamf", "plan", file);
        Assert.True(recovered.ExitCode == 1, recovered.Stderr);
        Assert.Equal(3, jamf.State.Log.Count(r => r.Path == List));

        jamf.State.Faults.Add("GET", List, new StatusFault(500), times: 100);
        var failed = jamf.Run("jamf", "plan", file);
        Assert.Equal(2, failed.ExitCode);
        Assert.Equal("", failed.Stdout);
        Assert.Equal(
            $"profile-as-code: GET {List}: HTTP 500 InternalServerError: Injected by the test, still failing after 4 attempts; try again later.\n",
            failed.Stderr);
    }

    [Fact]
    public async Task SlowServer_TimedOutReadsAreRetried_AndAServerThatNeverAnswersFailsWithinTheBound()
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.timeout", "Timeout", 1);
        await using var jamf = await JamfCli.StartAsync();
        var fast = new Dictionary<string, string?>(jamf.Environment) { ["PROFILE_AS_CODE_JAMF_TEST_TIMING"] = "request-timeout-ms=300,retry-base-ms=20,retry-max-ms=100" };

        // Each delayed answer would take 30 s; the bounds below leave room for a loaded machine's process start-up.
        jamf.State.Faults.Add("GET", List, new DelayFault(TimeSpan.FromSeconds(30)), times: 2);
        var clock = Stopwatch.StartNew();
        var slow = jamf.RunWith(fast, "jamf", "plan", file);
        Assert.True(slow.ExitCode == 1, slow.Stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");

        jamf.State.Faults.Add("GET", List, new DelayFault(TimeSpan.FromSeconds(30)), times: 100);
        clock.Restart();
        var dead = jamf.RunWith(fast, "jamf", "plan", file);
        Assert.Equal(2, dead.ExitCode);
        Assert.Equal($"profile-as-code: GET {List}: no answer within 0.3 s, still failing after 4 attempts; try again later.\n", dead.Stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task PartialFailure_SaysWhatWasAndWasNotApplied_AndASecondRunFinishesTheJob()
    {
        using var dir = new TempDirectory();
        var one = JamfCli.WriteProfile(dir, "com.contoso.one", "One", 1);
        var two = JamfCli.WriteProfile(dir, "com.contoso.two", "Two", 2);
        var three = JamfCli.WriteProfile(dir, "com.contoso.three", "Three", 3);
        await using var jamf = await JamfCli.StartAsync();
        // The first create (com.contoso.one, ordinal order) fails three times without storing anything.
        jamf.State.Faults.Add("POST", Create, new StatusFault(500), times: 3);

        var first = jamf.Run("jamf", "apply", dir.Path);

        Assert.Equal(2, first.ExitCode);
        var lines = first.Stdout.Split('\n');
        Assert.Contains(lines, l => l.StartsWith($"FAILED: {one}: POST {Create}: HTTP 500 InternalServerError", StringComparison.Ordinal) && l.EndsWith("It was not created; gave up after 3 attempts.", StringComparison.Ordinal));
        Assert.Contains($"applied: {three}, {two}", lines);
        Assert.Contains($"not applied: {one}", lines);
        Assert.Contains($"apply to {jamf.Url}: 2 applied (2 created, 0 updated, 0 deleted), 0 unchanged; 1 not applied: {one}; run apply again to finish", lines);
        // Progress per profile on standard error, including the checks before each new attempt.
        Assert.Contains(first.Stderr.Split('\n'), l => l.StartsWith($"{one}: POST {Create}: HTTP 500", StringComparison.Ordinal) && l.EndsWith("Checking the server before trying again.", StringComparison.Ordinal));

        var second = jamf.Run("jamf", "apply", dir.Path);

        Assert.True(second.ExitCode == 0, second.Stdout);
        Assert.Contains($"apply to {jamf.Url}: 1 applied (1 created, 0 updated, 0 deleted), 2 unchanged", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, jamf.State.Profiles.Count);
        Assert.Equal(0, jamf.Run("jamf", "plan", dir.Path).ExitCode);
    }

    [Fact]
    public async Task MissingPrivilege_StopsTheRun_NamingThePrivilege()
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.readonly", "Read only", 1);
        await using var jamf = await JamfCli.StartAsync(new HashSet<string> { FakeJamfProState.ReadPrivilege });

        Assert.Equal(1, jamf.Run("jamf", "plan", file).ExitCode);
        var apply = jamf.Run("jamf", "apply", file);

        Assert.Equal(2, apply.ExitCode);
        Assert.Contains("the API client's role lacks the privilege \"Create macOS Configuration Profiles\"", apply.Stdout, StringComparison.Ordinal);
        Assert.Empty(jamf.State.Profiles);
    }
}
