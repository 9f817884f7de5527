using System.Text.Json;
using System.Text.RegularExpressions;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Testing.FakeJamf;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// The recipes of <c>docs/ci.md</c>, read from the page and run step by step as a runner would, on a pull request from
/// <c>feature</c> into <c>main</c> of a <see cref="PullRequestRepository"/>. Script steps run in bash with the variables the
/// runner sets; action and task steps cannot run here, so their inputs are checked to name what the scripts produced.
/// The Jamf Pro steps run against the in-process test server: the pull request's plan, then the apply a push to
/// <c>main</c> runs (every step is run, in order, so both command lines are tested).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CiRecipeTests(PackageFixture package)
{
    private const string JamfClientId = "ci-client-2f6a0c1e-never-logged";
    private const string JamfClientSecret = "ci-S3cr3t-8d4b7a90-never-logged";

    [Fact]
    public async Task GitHubActions_Recipe_BuildsValidatesPostsTheDiffAndPublishes()
    {
        var recipe = CiRecipe.GitHub(Assert.Single(Pipelines(), p => p.Children.ContainsKey("jobs")));
        await using var jamf = await StartJamfAsync();
        var (root, repo) = Setup("github");
        var temp = Directory.CreateDirectory(Path.Combine(root, "runner-temp")).FullName;
        var summary = Touch(Path.Combine(root, "step-summary.md"));
        var githubPath = Touch(Path.Combine(root, "github-path"));
        var expressions = new Dictionary<string, string>
        {
            ["runner.temp"] = temp,
            ["github.base_ref"] = "main",
            ["secrets.JAMF_PLAN_CLIENT_ID"] = JamfClientId,
            ["secrets.JAMF_PLAN_CLIENT_SECRET"] = JamfClientSecret,
            ["secrets.JAMF_APPLY_CLIENT_ID"] = JamfClientId,
            ["secrets.JAMF_APPLY_CLIENT_SECRET"] = JamfClientSecret,
        };
        var env = new Dictionary<string, string?>
        {
            ["CI"] = "true",
            ["GITHUB_ACTIONS"] = "true",
            ["RUNNER_TEMP"] = temp,
            ["GITHUB_WORKSPACE"] = repo.Checkout,
            ["GITHUB_STEP_SUMMARY"] = summary,
            ["GITHUB_PATH"] = githubPath,
            ["GITHUB_EVENT_NAME"] = "pull_request",
            ["GITHUB_BASE_REF"] = "main",
        };
        foreach (var (name, value) in recipe.Env)
        {
            env[name] = Fill(value, expressions, GitHubExpression);
        }

        PinTool(env);
        PointAt(jamf, env);
        var path = new List<string>();
        var printed = new List<string>();
        foreach (var step in recipe.Steps)
        {
            Assert.True(
                step.Condition is null or "success() || failure()" or "github.event_name == 'pull_request'" or "github.event_name == 'push' && github.ref == 'refs/heads/main'",
                $"{step.Name}: a condition the test does not know: {step.Condition}");
            var inputs = step.Inputs.ToDictionary(e => e.Key, e => Fill(e.Value, expressions, GitHubExpression));
            if (step.Script is { } script)
            {
                var stepEnv = new Dictionary<string, string?>(env);
                foreach (var (name, value) in step.Env)
                {
                    stepEnv[name] = Fill(value, expressions, GitHubExpression);
                }

                // GitHub's bash: bash --noprofile --norc -eo pipefail {0}
                printed.Add(RunScript(step, Fill(script, expressions, GitHubExpression), ["-eo", "pipefail"], repo.Checkout, stepEnv, path));
                path.InsertRange(0, File.ReadAllLines(githubPath).Reverse().Where(l => !path.Contains(l)));
                continue;
            }

            switch (step.Uses!.Split('@')[0])
            {
                case "actions/checkout":
                    Assert.Equal("0", inputs["fetch-depth"]);
                    break;
                case "actions/setup-dotnet":
                    // The tool is a RID-specific tool package, which only the .NET 10 SDK installs.
                    Assert.StartsWith("10.", inputs["dotnet-version"], StringComparison.Ordinal);
                    break;
                case "actions/upload-artifact":
                    AssertProfilesIn(inputs["path"]);
                    break;
                case "github/codeql-action/upload-sarif":
                    Assert.NotEmpty(inputs["category"]);
                    AssertSarif21(inputs["sarif_file"]);
                    break;
                default:
                    Assert.Fail($"{step.Name}: an action the test does not know: {step.Uses}");
                    break;
            }
        }

        Assert.Equal(["actions/checkout", "actions/setup-dotnet", "actions/upload-artifact", "github/codeql-action/upload-sarif", "github/codeql-action/upload-sarif"],
            recipe.Steps.Where(s => s.Uses is not null).Select(s => s.Uses!.Split('@')[0]));
        AssertSummary(File.ReadAllText(summary));
        AssertJamfPlan(File.ReadAllText(summary));
        AssertPublished(jamf, printed);
        AssertAnalyzerSarif(Path.Combine(temp, "sarif", "analyzers.sarif"), repo);
        AssertValidateSarif(Path.Combine(temp, "sarif", "exports.sarif"), repo);
    }

    [Fact]
    public async Task AzurePipelines_Recipe_BuildsValidatesPostsTheDiffAndPublishes()
    {
        var recipe = CiRecipe.Azure(Assert.Single(Pipelines(), p => p.Children.ContainsKey("steps")));
        await using var jamf = await StartJamfAsync();
        var (root, repo) = Setup("azure");
        var temp = Directory.CreateDirectory(Path.Combine(root, "agent-temp")).FullName;
        var macros = new Dictionary<string, string>
        {
            ["Agent.TempDirectory"] = temp,
            ["JAMF_PLAN_CLIENT_ID"] = JamfClientId,
            ["JAMF_PLAN_CLIENT_SECRET"] = JamfClientSecret,
            ["JAMF_APPLY_CLIENT_ID"] = JamfClientId,
            ["JAMF_APPLY_CLIENT_SECRET"] = JamfClientSecret,
        };
        var env = new Dictionary<string, string?>
        {
            ["TF_BUILD"] = "True",
            ["AGENT_TEMPDIRECTORY"] = temp,
            ["BUILD_SOURCESDIRECTORY"] = repo.Checkout,
            ["BUILD_REASON"] = "PullRequest",
            ["SYSTEM_PULLREQUEST_TARGETBRANCH"] = "refs/heads/main",
        };
        foreach (var (name, value) in recipe.Env)
        {
            env[name.ToUpperInvariant().Replace('.', '_')] = Fill(value, macros, AzureMacro);
        }

        PinTool(env);
        PointAt(jamf, env);
        var path = new List<string>();
        var uploadedSummaries = new List<string>();
        var printed = new List<string>();
        foreach (var step in recipe.Steps)
        {
            Assert.True(
                step.Condition is null or "succeededOrFailed()" or "eq(variables['Build.Reason'], 'PullRequest')" or "and(succeeded(), eq(variables['Build.SourceBranch'], 'refs/heads/main'))",
                $"{step.Name}: a condition the test does not know: {step.Condition}");
            var inputs = step.Inputs.ToDictionary(e => e.Key, e => Fill(e.Value, macros, AzureMacro));
            if (step.Script is { } script)
            {
                // Azure's bash step: bash --noprofile --norc FILE, no -e (the scripts say set -eo pipefail themselves);
                // a step's env: maps variables (secrets included) into its environment.
                var stepEnv = new Dictionary<string, string?>(env);
                foreach (var (name, value) in step.Env)
                {
                    stepEnv[name] = Fill(value, macros, AzureMacro);
                }

                var output = RunScript(step, Fill(script, macros, AzureMacro), [], repo.Checkout, stepEnv, path);
                printed.Add(output);
                foreach (Match command in Regex.Matches(output, @"^##vso\[task\.(prependpath|uploadsummary)\](.*)$", RegexOptions.Multiline))
                {
                    if (command.Groups[1].Value == "prependpath")
                    {
                        path.Insert(0, command.Groups[2].Value.TrimEnd());
                    }
                    else
                    {
                        uploadedSummaries.Add(command.Groups[2].Value.TrimEnd());
                    }
                }

                continue;
            }

            switch (step.Uses!)
            {
                case "checkout: self":
                    Assert.Equal("0", inputs["fetchDepth"]);
                    break;
                case "UseDotNet@2":
                    Assert.StartsWith("10.", inputs["version"], StringComparison.Ordinal);
                    break;
                case "PublishPipelineArtifact@1":
                    AssertProfilesIn(inputs["targetPath"]);
                    break;
                case "AdvancedSecurity-Publish@1":
                    Assert.Equal(["analyzers.sarif", "exports.sarif"], Directory.GetFiles(inputs["SarifsInputDirectory"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
                    Assert.All(Directory.GetFiles(inputs["SarifsInputDirectory"]), AssertSarif21);
                    break;
                default:
                    Assert.Fail($"{step.Name}: a task the test does not know: {step.Uses}");
                    break;
            }
        }

        Assert.Equal(2, uploadedSummaries.Count);
        AssertSummary(File.ReadAllText(uploadedSummaries[0]));
        AssertJamfPlan(File.ReadAllText(uploadedSummaries[1]));
        AssertPublished(jamf, printed);
        AssertAnalyzerSarif(Path.Combine(temp, "sarif", "analyzers.sarif"), repo);
        AssertValidateSarif(Path.Combine(temp, "sarif", "exports.sarif"), repo);
    }

    private static async Task<FakeJamfProServer> StartJamfAsync()
    {
        var server = await FakeJamfProServer.StartAsync(TimeProvider.System);
        server.State.Clients.Add(new RegisteredClient(JamfClientId, JamfClientSecret, FakeJamfProState.AllPrivileges));
        return server;
    }

    /// <summary>The recipe names the Jamf Pro server in JAMF_URL; here it is the test's server on loopback.</summary>
    private static void PointAt(FakeJamfProServer jamf, Dictionary<string, string?> env)
    {
        Assert.True(env.ContainsKey("JAMF_URL"), "the recipe names the Jamf Pro server in JAMF_URL");
        env["JAMF_URL"] = jamf.Url.ToString().TrimEnd('/');
    }

    /// <summary>The pull request's plan: the head build's one profile is created (the server starts empty), per payload.</summary>
    private static void AssertJamfPlan(string markdown)
    {
        Assert.Contains("### Jamf Pro plan: 1 to create, 0 to update, 0 to delete, 0 unchanged\n", markdown, StringComparison.Ordinal);
        Assert.Contains("#### Create: com\\.contoso\\.jamfconnect\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| com\\.jamf\\.connect\\.login \\(payload 1\\) |  |  |  | installed |", markdown, StringComparison.Ordinal);
    }

    /// <summary>The apply step created the head's profile on the server; no step printed a credential or a token.</summary>
    private static void AssertPublished(FakeJamfProServer jamf, List<string> printed)
    {
        var stored = Assert.Single(jamf.State.Profiles);
        var login = (PlistDictionary)((PlistArray)stored.Plist["PayloadContent"])[0];
        Assert.Equal(new PlistString(PullRequestRepository.NewTenant), login["OIDCTenant"]);
        Assert.Contains(printed, output => output.Contains(": 1 applied (1 created, 0 updated, 0 deleted), 0 unchanged", StringComparison.Ordinal));
        foreach (var secret in jamf.State.IssuedTokens.Append(JamfClientSecret).Append(JamfClientId))
        {
            Assert.All(printed, output => Assert.DoesNotContain(secret, output, StringComparison.Ordinal));
        }
    }

    private static string Touch(string file)
    {
        File.WriteAllText(file, "");
        return file;
    }

    private static string GitHubExpression => @"\$\{\{\s*([^}]+?)\s*\}\}";

    private static string AzureMacro => @"\$\(([A-Za-z][A-Za-z0-9_.]*)\)";

    /// <summary>Fills the runner's expressions; one the test does not know fails, so the page cannot use what is not run here.</summary>
    private static string Fill(string text, IReadOnlyDictionary<string, string> values, string pattern) =>
        Regex.Replace(text, pattern, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new Xunit.Sdk.XunitException($"the recipe uses {m.Value}, which the test does not fill in"));

    private IReadOnlyList<YamlDotNet.RepresentationModel.YamlMappingNode> Pipelines() =>
        CiRecipe.Pipelines(File.ReadAllText(Path.Combine(package.RepoRoot, "docs", "ci.md")).ReplaceLineEndings("\n"));

    private (string Root, PullRequestRepository Repo) Setup(string name)
    {
        var root = Path.Combine(package.Root, "ci-" + name);
        Directory.CreateDirectory(root);
        return (root, PullRequestRepository.Create(package, root));
    }

    /// <summary>The recipe pins the tool's version; here it is the one just packed.</summary>
    private void PinTool(Dictionary<string, string?> env)
    {
        Assert.True(env.ContainsKey("PROFILE_AS_CODE_VERSION"), "the recipe pins the tool with PROFILE_AS_CODE_VERSION");
        env["PROFILE_AS_CODE_VERSION"] = package.Version;
        env["NUGET_PACKAGES"] = package.Packages;
    }

    private static string RunScript(CiStep step, string script, string[] bashOptions, string workingDirectory, Dictionary<string, string?> env, List<string> path)
    {
        var file = Path.Combine(Path.GetTempPath(), "pac-ci-step-" + Guid.NewGuid().ToString("N") + ".sh");
        File.WriteAllText(file, script);
        try
        {
            var dotnetFolder = Path.GetDirectoryName(DotNet.Path) is { Length: > 0 } folder ? [folder] : Array.Empty<string>();
            var stepEnv = new Dictionary<string, string?>(env)
            {
                ["PATH"] = string.Join(Path.PathSeparator, path.Concat(dotnetFolder).Append(Environment.GetEnvironmentVariable("PATH"))),
            };
            var result = DotNet.Run("bash", workingDirectory, stepEnv, ["--noprofile", "--norc", .. bashOptions, file]);
            Assert.True(result.Succeeded, $"step '{step.Name}' failed ({result.ExitCode}):\n{script}\n{result.Output}");
            return result.Output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertProfilesIn(string folder)
    {
        Assert.True(Directory.Exists(folder), $"{folder} does not exist");
        Assert.Contains(Path.Combine(folder, "com.contoso.jamfconnect.mobileconfig"), Directory.GetFiles(folder));
    }

    private static void AssertSarif21(string file)
    {
        Assert.True(File.Exists(file), $"{file} does not exist");
        using var sarif = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
    }

    /// <summary>The job summary: the pull request's change of the tenant, per payload, in the markdown table.</summary>
    private static void AssertSummary(string markdown)
    {
        Assert.Contains("#### Changed: com\\.contoso\\.jamfconnect\n", markdown, StringComparison.Ordinal);
        Assert.Matches(@"\| com\\\.jamf\\\.connect\\\.login \\\(payload 1\\\) \| OIDCTenant \| \\""aaaaaaaa\\-0000\\-4000\\-8000\\-000000000001\\"" \| \\""contoso\\\.onmicrosoft\\\.com\\"" \| updated in place \|", markdown);
        Assert.Contains("| OIDCAdmin | \\[\\\"JamfConnectAdmin\\\"\\] | \\[\\\"JamfConnectAdmins\\\"\\] | updated in place |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("#### Added", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("#### Removed", markdown, StringComparison.Ordinal);
    }

    /// <summary>The compiler's log: SARIF 2.1.0, the PAC1002 warning on a line of a record, by absolute file URI in the checkout.</summary>
    private static void AssertAnalyzerSarif(string file, PullRequestRepository repo)
    {
        AssertSarif21(file);
        using var sarif = JsonDocument.Parse(File.ReadAllText(file));
        var results = sarif.RootElement.GetProperty("runs").EnumerateArray().SelectMany(r => r.GetProperty("results").EnumerateArray()).ToList();
        var pac1002 = results.Where(r => r.GetProperty("ruleId").GetString() == "PAC1002").ToList();
        Assert.NotEmpty(pac1002);
        Assert.All(pac1002, r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
            Assert.True(uri.IsFile, $"{uri} is not a file URI");
            Assert.StartsWith("Profiles" + Path.DirectorySeparatorChar, Path.GetRelativePath(repo.Checkout, uri.LocalPath), StringComparison.Ordinal);
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
        });
    }

    /// <summary>validate's log: the export's finding named relative to the repository root, under %SRCROOT%.</summary>
    private static void AssertValidateSarif(string file, PullRequestRepository repo)
    {
        AssertSarif21(file);
        using var sarif = JsonDocument.Parse(File.ReadAllText(file));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(new Uri(repo.Checkout + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("PAC1002", result.GetProperty("ruleId").GetString());
        var artifact = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(PullRequestRepository.ExportPath, artifact.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
        Assert.True(File.Exists(Path.Combine(repo.Checkout, PullRequestRepository.ExportPath)));
    }
}
