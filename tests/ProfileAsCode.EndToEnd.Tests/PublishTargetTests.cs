using ProfileAsCode.Testing.FakeJamf;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// <c>dotnet build -t:ProfileAsCodePublish</c> as a CI job runs it: a consumer of the packed package, the tool installed
/// from its packed .nupkg with <c>dotnet tool install --tool-path</c> and put on PATH, the credentials in the environment,
/// and the in-process Jamf Pro test server on loopback. Plan, apply, plan again shows no change.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PublishTargetTests(PackageFixture package)
{
    private const string ClientId = "e2e-client-51d0c6a2-never-logged";
    private const string ClientSecret = "e2e-S3cr3t-0b9e44f7-never-logged";

    [Fact]
    public async Task PublishTarget_PlanApplyPlan_AgainstTheTestServer_WithTheInstalledTool()
    {
        await using var server = await FakeJamfProServer.StartAsync(TimeProvider.System);
        server.State.Clients.Add(new RegisteredClient(ClientId, ClientSecret, FakeJamfProState.AllPrivileges));
        var url = "-p:ProfileAsCodeJamfUrl=" + server.Url.ToString().TrimEnd('/');
        var consumer = package.CreateConsumer("PublishSample");
        consumer.CopySampleSources("JamfConnect.EntraId");
        var tools = ToolPackage.Install(package, consumer.Directory);
        var dotnetFolder = Path.GetDirectoryName(DotNet.Path) is { Length: > 0 } folder ? folder : null;
        var environment = new Dictionary<string, string?>
        {
            ["JAMF_CLIENT_ID"] = ClientId,
            ["JAMF_CLIENT_SECRET"] = ClientSecret,
            ["PATH"] = string.Join(Path.PathSeparator, new[] { tools, dotnetFolder, Environment.GetEnvironmentVariable("PATH") }.Where(p => p is not null)),
        };
        var profile = consumer.ProfilePath("com.contoso.jamfconnect.mobileconfig");

        // CI builds first, then publishes what it built.
        var build = consumer.Build();
        Assert.True(build.Succeeded, build.Output);

        var plan = consumer.BuildWithEnvironment(environment, "-t:ProfileAsCodePublish", url, "-p:NoBuild=true");
        Assert.True(plan.Succeeded, plan.Output);
        Assert.Contains($"create: {profile} as \"Jamf Connect — Entra ID (ROPG, MFA kept)\"", plan.Output, StringComparison.Ordinal);
        Assert.Contains(": 1 to create, 0 to update, 0 to delete, 0 unchanged", plan.Output, StringComparison.Ordinal);
        Assert.Contains("ProfileAsCodePublish: the plan has changes", plan.Output, StringComparison.Ordinal);
        Assert.Empty(server.State.Profiles);

        var apply = consumer.BuildWithEnvironment(environment, "-t:ProfileAsCodePublish", url, "-p:ProfileAsCodePublishMode=apply");
        Assert.True(apply.Succeeded, apply.Output);
        Assert.Contains(": 1 applied (1 created, 0 updated, 0 deleted), 0 unchanged", apply.Output, StringComparison.Ordinal);
        Assert.Equal("Jamf Connect — Entra ID (ROPG, MFA kept)", Assert.Single(server.State.Profiles).Name);

        // Diagnostic verbosity logs every property, item and command line: the credentials are in none of them.
        var report = Path.Combine(consumer.Directory, "plan.md");
        var again = consumer.BuildWithEnvironment(environment, "-t:ProfileAsCodePublish", url, "-p:NoBuild=true",
            "-p:ProfileAsCodePublishFormat=markdown", "-p:ProfileAsCodePublishReport=plan.md", "-v:diag");
        Assert.True(again.Succeeded, again.Output);
        Assert.StartsWith("### Jamf Pro plan: 0 to create, 0 to update, 0 to delete, 1 unchanged\n", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.DoesNotContain("the plan has changes", again.Output, StringComparison.Ordinal);
        Assert.Contains("jamf plan \"" + profile + "\" --url", again.Output, StringComparison.Ordinal);

        var refused = consumer.BuildWithEnvironment(
            new Dictionary<string, string?>(environment) { ["JAMF_CLIENT_SECRET"] = ClientSecret + "-rotated" },
            "-t:ProfileAsCodePublish", url, "-p:NoBuild=true", "-p:ProfileAsCodePublishMode=apply", "-v:diag");
        Assert.False(refused.Succeeded);
        Assert.Contains("Jamf Pro refused the API client credentials", refused.Output, StringComparison.Ordinal);
        Assert.Contains("ProfileAsCodePublish: profile-as-code jamf apply failed (exit code 2)", refused.Output, StringComparison.Ordinal);

        foreach (var output in new[] { plan.Output, apply.Output, again.Output, refused.Output })
        {
            Assert.DoesNotContain(ClientSecret, output, StringComparison.Ordinal);
            Assert.DoesNotContain(ClientId, output, StringComparison.Ordinal);
            Assert.All(server.State.IssuedTokens, token => Assert.DoesNotContain(token, output, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void PublishTarget_WithoutTheToolOrTheUrl_FailsWithOneLineSayingWhatToDo()
    {
        var consumer = package.CreateConsumer("PublishNoTool");
        consumer.CopySampleSources("JamfConnect.EntraId");
        var build = consumer.Build();
        Assert.True(build.Succeeded, build.Output);

        var noUrl = consumer.Build("-t:ProfileAsCodePublish", "-p:NoBuild=true");
        Assert.False(noUrl.Succeeded);
        Assert.Contains("error : ProfileAsCodePublish: set ProfileAsCodeJamfUrl to the Jamf Pro server", noUrl.Output, StringComparison.Ordinal);

        var noTool = consumer.Build("-t:ProfileAsCodePublish", "-p:NoBuild=true", "-p:ProfileAsCodeJamfUrl=https://contoso.jamfcloud.com", "-p:ProfileAsCodeTool=profile-as-code-not-installed");
        Assert.False(noTool.Succeeded);
        Assert.Contains("error : ProfileAsCodePublish: 'profile-as-code-not-installed' was not found. Install the tool (dotnet tool install ProfileAsCode.Cli", noTool.Output, StringComparison.Ordinal);
    }
}
