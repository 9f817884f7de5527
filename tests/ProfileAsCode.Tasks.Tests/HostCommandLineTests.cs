using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ProfileAsCode.Host;

namespace ProfileAsCode.Tasks.Tests;

/// <summary>The command line the task writes, as the operating system hands it to the host, read by the host's own parser.</summary>
public sealed class HostCommandLineTests
{
    [Fact]
    public void EverySwitchTheTaskWrites_TheHostReadsBack()
    {
        using var host = FakeHost.Create(stdout: "", stderr: "", exitCode: 0);
        var task = host.CreateTask(new FakeBuildEngine());
        task.AssemblyPath = "/my projects/Contoso \"Profiles\"/bin/Contoso.Profiles.dll";
        task.OutputDirectory = "/my projects/out dir/";
        task.PayloadForm = "ManagedPreferences";
        task.WriteBarePlist = true;
        task.AnalyzerConfigFiles = new ITaskItem[] { new TaskItem("/my projects/.editorconfig"), new TaskItem("/repo/.globalconfig") };
        task.NoWarn = "CS1591;PAC1002,PAC1005;";
        task.WarningsAsErrors = "PAC1025";
        task.WarningsNotAsErrors = "PAC1003";
        task.TreatWarningsAsErrors = true;
        task.SigningCertificate = "/my projects/signing/signer.p12";
        task.SigningKey = "/my projects/signing/signer key.pem";
        task.SigningPasswordVariable = "PROFILE_SIGNING_PASSWORD";
        task.SigningChain = new ITaskItem[] { new TaskItem("/my projects/signing/intermediate.pem"), new TaskItem("/my projects/signing/bridge.pem") };
        task.SigningTime = "1772600767";
        task.WriteUnsigned = true;
        task.TenantExports = new ITaskItem[] { new TaskItem("/my projects/entra/app-api.json"), new TaskItem("/my projects/entra/conditional access.json") };

        Assert.True(task.Execute());

        var options = HostOptions.Parse(HostArguments(host));
        Assert.Equal(
            (task.AssemblyPath, task.OutputDirectory, host.FileListPath, (PreferencePayloadForm?)PreferencePayloadForm.ManagedPreferences, true),
            (options.AssemblyPath, options.OutputDirectory, options.ListPath, options.Form, options.WriteBarePlist));
        Assert.Equal(new[] { "/my projects/.editorconfig", "/repo/.globalconfig" }, options.SeverityConfigs);
        Assert.Equal(new[] { "CS1591", "PAC1002", "PAC1005" }, options.NoWarn);
        Assert.Equal(new[] { "PAC1025" }, options.WarningsAsErrors);
        Assert.Equal(new[] { "PAC1003" }, options.WarningsNotAsErrors);
        Assert.True(options.TreatWarningsAsErrors);
        Assert.Equal(
            ("/my projects/signing/signer.p12", "/my projects/signing/signer key.pem", "PROFILE_SIGNING_PASSWORD", "1772600767", true),
            (options.SigningCertificate, options.SigningKey, options.SigningPasswordVariable, options.SigningTime, options.WriteUnsigned));
        Assert.Equal(new[] { "/my projects/signing/intermediate.pem", "/my projects/signing/bridge.pem" }, options.SigningChain);
        Assert.Equal(new[] { "/my projects/entra/app-api.json", "/my projects/entra/conditional access.json" }, options.TenantExports);
    }

    [Theory]
    [InlineData("Direct", PreferencePayloadForm.Direct)]
    [InlineData("mcx", PreferencePayloadForm.ManagedPreferences)]
    [InlineData("", null)]
    public void TheMinimalCommandLine_AndEachForm_ParseInTheHost(string form, PreferencePayloadForm? expected)
    {
        using var host = FakeHost.Create(stdout: "", stderr: "", exitCode: 0);
        var task = host.CreateTask(new FakeBuildEngine());
        task.PayloadForm = form;

        Assert.True(task.Execute());

        var options = HostOptions.Parse(HostArguments(host));
        Assert.Equal(expected, options.Form);
        Assert.Null(options.SigningCertificate);
        Assert.Empty(options.NoWarn);
        Assert.Empty(options.TenantExports);
    }

    /// <summary>The arguments after the host's dll, one per line as the fake dotnet recorded them.</summary>
    private static string[] HostArguments(FakeHost host) =>
        File.ReadAllLines(host.ArgumentsPath).SkipWhile(a => !a.EndsWith("ProfileAsCode.Host.dll", StringComparison.Ordinal)).Skip(1).ToArray();
}
