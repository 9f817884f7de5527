using ProfileAsCode.JamfPro.Applying;
using ProfileAsCode.JamfPro.Auth;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.Testing.FakeJamf;
using ProfileAsCode.JamfPro.Tests.Support;

namespace ProfileAsCode.JamfPro.Tests.EndToEnd;

/// <summary>The client secret, the client ID and the tokens never appear in any output, plan note, summary or exception.</summary>
public class SecretNeverShownTests
{
    [Fact]
    public async Task AcrossSuccessesAndEveryKindOfFailure_NoCredentialOrTokenIsEverShown()
    {
        var shown = new List<string>();
        await using var jamf = await JamfTestContext.StartAsync();
        jamf.Options = jamf.Options with { RequestTimeout = TimeSpan.FromMilliseconds(200) };
        BuiltProfile[] built =
        [
            TestProfiles.Make("com.contoso.one", "One", TestProfiles.Dict(("N", 1L))),
            TestProfiles.Make("com.contoso.two", "Two", TestProfiles.Dict(("N", 2L))),
        ];

        using (var client = jamf.Connect())
        {
            // Successes, a revoked token, a create of unknown outcome, a 409, a timeout, then a clean re-plan.
            jamf.State.Faults.Add("POST", "/JSSResource/osxconfigurationprofiles/id/0", new RevokeTokensFault());
            jamf.State.Faults.Add("POST", "/JSSResource/osxconfigurationprofiles/id/0", new FailAfterHandlingFault(502));
            Record(shown, await client.ApplyAsync(built, new ApplyOptions(), p => shown.Add(p.Message), CancellationToken.None));
            jamf.State.Faults.Add("PUT", "/JSSResource/osxconfigurationprofiles/id/", new StatusFault(409), times: 5);
            Record(shown, await client.ApplyAsync([TestProfiles.Make("com.contoso.one", "One", TestProfiles.Dict(("N", 9L)))], new ApplyOptions(), p => shown.Add(p.Message), CancellationToken.None));
            jamf.State.Faults.Add("GET", "/JSSResource/osxconfigurationprofiles", new DelayFault(TimeSpan.FromSeconds(5)), times: 10);
            shown.AddRange(Failure(() => client.PlanAsync(built, prune: false, CancellationToken.None)));
            jamf.State.Faults.Clear();
            var plan = await client.PlanAsync(built, prune: false, CancellationToken.None);
            shown.Add(plan.Summary());
            shown.AddRange(plan.Profiles.SelectMany(p => p.Notes.Concat(p.Difference?.Describe() ?? [])));
        }

        // Wrong secret, and a client whose role lacks privileges.
        using (var wrong = jamf.Connect(clientSecret: JamfTestContext.ClientSecret + "-rotated"))
        {
            shown.AddRange(Failure(() => wrong.PlanAsync(built, prune: false, CancellationToken.None)));
        }

        jamf.State.Clients.Clear();
        jamf.State.Clients.Add(new RegisteredClient(JamfTestContext.ClientId, JamfTestContext.ClientSecret, new HashSet<string> { FakeJamfProState.ReadPrivilege }));
        using (var limited = jamf.Connect())
        {
            Record(shown, await limited.ApplyAsync([TestProfiles.Make("com.contoso.three", "Three", TestProfiles.Dict())], new ApplyOptions(), p => shown.Add(p.Message), CancellationToken.None));
        }

        shown.AddRange(Failure(() => Task.FromResult(ClientCredentials.FromEnvironment(_ => null))));
        shown.Add(new ClientCredentials(JamfTestContext.ClientId, JamfTestContext.ClientSecret).ToString());

        Assert.True(shown.Count > 20, $"only {shown.Count} lines were collected");
        Assert.Contains(shown, s => s.Contains("refused the API client credentials", StringComparison.Ordinal));
        Assert.Contains(shown, s => s.Contains("lacks the privilege", StringComparison.Ordinal));
        var secrets = jamf.State.IssuedTokens.Append(JamfTestContext.ClientSecret).Append(JamfTestContext.ClientId).ToList();
        Assert.True(secrets.Count >= 4);
        foreach (var line in shown)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, line, StringComparison.Ordinal);
            }
        }
    }

    private static void Record(List<string> shown, ApplyResult result)
    {
        shown.Add(result.Summary());
        shown.AddRange(result.Outcomes.Select(o => o.Message));
    }

    /// <summary>The exception's message and its full text (type, message, stack trace, inner exceptions).</summary>
    private static IEnumerable<string> Failure<T>(Func<Task<T>> action)
    {
        var error = Assert.ThrowsAny<Exception>(() => action().GetAwaiter().GetResult());
        return [error.Message, error.ToString()];
    }
}
