using System.Text;
using ProfileAsCode.Cli.Tests.Support;

namespace ProfileAsCode.Cli.Tests.Entra;

/// <summary><c>entra export-commands</c>: the printed bash runs (against a stand-in az) and writes exports that <c>entra check</c> reads.</summary>
public class EntraExportCommandsTests
{
    [Fact]
    public void BashScript_FromTheProfile_Runs_AndWhatItWritesIsReadByCheckAndSignins()
    {
        using var dir = new TempDirectory();
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());
        var printed = RealTool.Run("entra", "export-commands", "--profile", profile);
        Assert.Equal((0, ""), (printed.ExitCode, printed.Stderr));
        var script = dir.Write("export.sh", Encoding.UTF8.GetBytes(printed.Stdout));

        var run = Processes.Run("bash", [script], dir.Path, FakeGraph.Install(dir));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(
            [
                $"[\"login\", \"--tenant\", \"{EntraScenario.Tenant}\", \"--allow-no-subscriptions\"]",
                Get("v1.0/organization"),
                Get($"v1.0/applications?$filter=appId eq '{EntraScenario.ClientId}'"),
                Get($"v1.0/applications?$filter=appId eq '{EntraScenario.ApiAppId}'"),
                Get($"v1.0/servicePrincipals?$filter=appId eq '{EntraScenario.ClientId}'"),
                Get($"v1.0/servicePrincipals?$filter=appId eq '{EntraScenario.ApiAppId}'"),
                Get("v1.0/servicePrincipals?$filter=appId eq '00000003-0000-0000-c000-000000000000'"),
                Get($"v1.0/servicePrincipals?$filter=appId eq '{EntraScenario.ClientId}'", "\"--query\", \"value[0].id\", \"--output\", \"tsv\""),
                Get("v1.0/oauth2PermissionGrants?$filter=clientId eq '1b2c3d4e-0000-4000-8000-0000000000d2'"),
                Get("v1.0/identity/conditionalAccess/policies"),
                Get($"beta/auditLogs/signIns?$filter=appId eq '{EntraScenario.ClientId}'&$top=1000"),
                Get($"beta/auditLogs/signIns?$filter=appId eq '{EntraScenario.ClientId}' and signInEventTypes/any(t: t eq 'nonInteractiveUser')&$top=1000"),
            ],
            FakeGraph.Calls(dir));

        var check = CliRun.Of("entra", "check", "--tenant-export", dir.File("entra"), profile);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("0 finding(s)", check.Stderr, StringComparison.Ordinal);

        var signins = CliRun.Of("entra", "signins", dir.File("signins-interactive.json"), dir.File("signins-noninteractive.json"), "--profile", profile);
        Assert.Equal(0, signins.ExitCode);
    }

    [Fact]
    public void BashScript_WithPlaceholders_StopsBeforeCallingAz()
    {
        using var dir = new TempDirectory();
        var printed = CliRun.Of("entra", "export-commands", "--tenant", "contoso.onmicrosoft.com");
        Assert.Equal(0, printed.ExitCode);
        Assert.Contains("TENANT='contoso.onmicrosoft.com'", printed.StdoutLines);
        Assert.Contains("Set the values marked <…> at the top before running it", printed.Stderr, StringComparison.Ordinal);
        var script = dir.Write("export.sh", Encoding.UTF8.GetBytes(printed.Stdout));

        var run = Processes.Run("bash", [script], dir.Path, FakeGraph.Install(dir));

        Assert.Equal((2, "Set TENANT, CLIENT_ID and API_APP_ID at the top of this script first.\n"), (run.ExitCode, run.Stderr));
        Assert.Empty(FakeGraph.Calls(dir));
        Assert.False(Directory.Exists(dir.File("entra")));
    }

    [Theory]
    [InlineData("--tenant", "contoso'; rm -rf ~; echo '", "--tenant must be the tenant ID (a GUID) or a domain name such as contoso.onmicrosoft.com")]
    [InlineData("--tenant", "$(id)", "--tenant must be the tenant ID (a GUID) or a domain name such as contoso.onmicrosoft.com")]
    [InlineData("--client-id", "not-a-guid", "--client-id must be an Application (client) ID, a GUID")]
    [InlineData("--api-app-id", "api://5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819", "--api-app-id must be an Application (client) ID, a GUID")]
    public void ValuesThatAreNoIdOrDomain_AreUsageErrors_NothingPrinted(string option, string value, string message)
    {
        var run = CliRun.Of("entra", "export-commands", option, value);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal($"profile-as-code: {message} (see entra export-commands --help)\n", run.Stderr);
    }

    [Fact]
    public void GivenValues_AreNormalised_AndWinOverTheProfile()
    {
        using var dir = new TempDirectory();
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());

        var run = CliRun.Of("entra", "export-commands", "--profile", profile, "--client-id", "{AAAAAAAA-0000-4000-8000-000000000002}", "--shell", "pwsh");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"$Tenant = '{EntraScenario.Tenant}'", run.StdoutLines);
        Assert.Contains("$ClientId = 'aaaaaaaa-0000-4000-8000-000000000002'", run.StdoutLines);
        Assert.Contains($"$ApiAppId = '{EntraScenario.ApiAppId}'", run.StdoutLines);
    }

    private static string Get(string url, string? more = null) =>
        $"[\"rest\", \"--method\", \"get\", \"--url\", \"https://graph.microsoft.com/{url}\"" + (more is null ? "" : ", " + more) + "]";
}
