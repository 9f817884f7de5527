using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ProfileAsCode.Tasks.Tests;

public sealed class GenerateMobileConfigsTests
{
    [Fact]
    public void HostErrorLine_BecomesBuildErrorWithFileLineAndCode_AndTaskFails()
    {
        using var host = FakeHost.Create(
            stdout: "",
            stderr: "/src/Contoso/Login.cs(12,1): error PAC9001: 'ContosoLogin' could not be built: the tenant lookup threw\n",
            exitCode: 1);
        var engine = new FakeBuildEngine();

        var succeeded = host.CreateTask(engine).Execute();

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(("/src/Contoso/Login.cs", 12, 1, "PAC9001"), (error.File, error.LineNumber, error.ColumnNumber, error.Code));
        Assert.Equal("'ContosoLogin' could not be built: the tenant lookup threw", error.Message);
    }

    [Fact]
    public void HostWarningLine_BecomesBuildWarning_AndTaskSucceeds()
    {
        using var host = FakeHost.Create(
            stdout: "/src/Contoso/Login.cs(3,1): warning PAC1002: tenant given as a domain name\n",
            stderr: "",
            exitCode: 0);
        var engine = new FakeBuildEngine();

        Assert.True(host.CreateTask(engine).Execute());

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(("/src/Contoso/Login.cs", 3, "PAC1002"), (warning.File, warning.LineNumber, warning.Code));
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void ListedFiles_BecomeGeneratedFiles()
    {
        using var host = FakeHost.Create(
            stdout: "ProfileAsCode: 2 profiles written, 0 unchanged -> /proj/bin/profiles/\n",
            stderr: "",
            exitCode: 0,
            listedFiles: new[] { "/proj/bin/profiles/a.mobileconfig", "/proj/bin/profiles/b.mobileconfig" });
        var engine = new FakeBuildEngine();
        var task = host.CreateTask(engine);

        Assert.True(task.Execute());

        Assert.Equal(
            new[] { "/proj/bin/profiles/a.mobileconfig", "/proj/bin/profiles/b.mobileconfig" },
            task.GeneratedFiles.Select(item => item.ItemSpec));
        Assert.Contains(engine.Messages, m => m.Importance == MessageImportance.High && m.Message!.Contains("2 profiles written", StringComparison.Ordinal));
    }

    [Fact]
    public void NonZeroExitWithoutCanonicalError_StillFailsTheTask()
    {
        using var host = FakeHost.Create(stdout: "", stderr: "Unhandled exception.\n", exitCode: 134);
        var engine = new FakeBuildEngine();

        Assert.False(host.CreateTask(engine).Execute());

        Assert.Contains(engine.Errors, e => e.Code == "MSB6006");
    }

    [Fact]
    public void CommandLine_RunsHostInsideUsersRuntimeWithRollForwardAndProbingPaths()
    {
        using var host = FakeHost.Create(stdout: "", stderr: "", exitCode: 0);
        var engine = new FakeBuildEngine();
        var task = host.CreateTask(engine);
        task.ProbingPaths = new[] { "/home/u/.nuget/packages/", "/usr/share/dotnet/sdk/NuGetFallbackFolder" };
        task.PayloadForm = "ManagedPreferences";
        task.WriteBarePlist = true;
        task.AnalyzerConfigFiles = new ITaskItem[] { new TaskItem("/proj/.editorconfig") };
        task.NoWarn = "CS1591;PAC1002";
        task.TreatWarningsAsErrors = true;

        Assert.True(task.Execute());

        Assert.Equal(
            new[]
            {
                "exec", "--roll-forward", "Major",
                "--runtimeconfig", "/proj/bin/Contoso.Profiles.runtimeconfig.json",
                "--depsfile", "/proj/bin/Contoso.Profiles.deps.json",
                "--additionalprobingpath", "/home/u/.nuget/packages",
                "--additionalprobingpath", "/usr/share/dotnet/sdk/NuGetFallbackFolder",
                "/pkg/tools/net8.0/ProfileAsCode.Host.dll",
                "--assembly", "/proj/bin/Contoso.Profiles.dll",
                "--out", "/proj/bin/profiles",
                "--list", host.FileListPath,
                "--form", "mcx",
                "--bare-plist",
                "--severity-config", "/proj/.editorconfig",
                "--nowarn", "CS1591;PAC1002",
                "--treat-warnings-as-errors",
            },
            File.ReadAllLines(host.ArgumentsPath));
    }

    [Fact]
    public void UnknownPayloadForm_FailsBeforeRunningTheHost()
    {
        using var host = FakeHost.Create(stdout: "", stderr: "", exitCode: 0);
        var engine = new FakeBuildEngine();
        var task = host.CreateTask(engine);
        task.PayloadForm = "Custom";

        Assert.False(task.Execute());

        Assert.Equal("PAC9002", Assert.Single(engine.Errors).Code);
        Assert.False(File.Exists(host.ArgumentsPath));
    }
}
