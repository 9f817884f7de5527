using System.Text.Json;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Testing.Tenant;

namespace ProfileAsCode.Cli.Tests.Entra;

/// <summary><c>entra signins</c>: Jamf's sign-in test on logs in the shapes Graph and the portal write.</summary>
public class EntraSignInsCommandTests
{
    private static readonly string[] DesignedLog = ["signin-ropg", "signin-interactive", "signin-interactive-interrupt", "signin-other-app"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DesignedLog_AsGraphPageOrPortalArray_MatchesTheDesign_ExitZero(bool graphPage)
    {
        using var dir = new TempDirectory();
        var log = WriteLog(dir, "signins.json", graphPage, DesignedLog.Select(TenantExportSet.Fixture));
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());

        var run = CliRun.Of("entra", "signins", log, "--profile", profile);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var table = run.StdoutLines.SkipWhile(line => !line.StartsWith("USER ", StringComparison.Ordinal)).Take(3).ToList();
        Assert.Equal(
            ["USER KIND SIGN-INS SUCCEEDED LAST VERDICT",
             "alexw@contoso.onmicrosoft.com interactive 2 1 2026-03-10T08:14:30Z as designed",
             "alexw@contoso.onmicrosoft.com ROPG 1 1 2026-03-10T08:15:02Z as designed"],
            table.Select(Squeeze));
        Assert.Contains($"Client apps: {EntraScenario.ClientId}; 1 sign-in(s) of other apps left out.", run.Stdout, StringComparison.Ordinal);
        // The MFA prompt's interruption is explained, not counted against the design.
        Assert.Contains("  AADSTS50074 ×1 (expected: part of the MFA prompt): strong authentication (MFA) is required", run.StdoutLines);
        Assert.Equal("Design met: the sign-ins match Jamf's design.", run.StdoutLines[^1]);
    }

    [Fact]
    public void RopgMeetingMfa_IsNotAsDesigned_WithCodeCauseAndFix_ExitOne()
    {
        using var dir = new TempDirectory();
        var ropgFailed = TenantExportSet.Fixture("signin-ropg").Replace(
            "\"status\": { \"errorCode\": 0, \"failureReason\": \"Other.\", \"additionalDetails\": null }",
            "\"status\": { \"errorCode\": 50076, \"failureReason\": \"Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication.\" }",
            StringComparison.Ordinal);
        Assert.Contains("50076", ropgFailed, StringComparison.Ordinal);
        var log = WriteLog(dir, "signins.json", graphPage: true, [ropgFailed, TenantExportSet.Fixture("signin-interactive")]);
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());

        var run = CliRun.Of("entra", "signins", log, "--profile", profile);

        Assert.Equal(1, run.ExitCode);
        var lines = run.StdoutLines;
        var section = lines.SkipWhile(line => line != "alexw@contoso.onmicrosoft.com, ROPG: NOT as designed").Take(5).ToList();
        Assert.Equal("  AADSTS50076 ×1 (setup problem): multifactor authentication is required to access the resource", section[1]);
        Assert.StartsWith("    cause here: an MFA policy still covers the ROPG resource", section[2], StringComparison.Ordinal);
        Assert.StartsWith("    fix: in every MFA policy, exclude the API app (by its appId)", section[3], StringComparison.Ordinal);
        Assert.StartsWith("    Entra's text: \"Due to a configuration change", section[4], StringComparison.Ordinal);
        Assert.Equal("Design not met: see above.", lines[^1]);

        var json = CliRun.Of("entra", "signins", log, "--profile", profile, "--format", "json");
        Assert.Equal(1, json.ExitCode);
        using var report = JsonDocument.Parse(json.Stdout);
        Assert.False(report.RootElement.GetProperty("designMet").GetBoolean());
        var ropg = report.RootElement.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == "ropg");
        Assert.Equal("doesNotMatch", ropg.GetProperty("verdict").GetString());
        var failure = Assert.Single(ropg.GetProperty("failures").EnumerateArray().ToList());
        Assert.Equal((50076, "configuration"), (failure.GetProperty("code").GetInt32(), failure.GetProperty("kind").GetString()));
        Assert.Contains("PAC5011", failure.GetProperty("fix").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void HostileLogText_IsEscapedOnTheTerminal_AndInJson()
    {
        using var dir = new TempDirectory();
        var hostile = TenantExportSet.Fixture("signin-ropg")
            .Replace("\"alexw@contoso.onmicrosoft.com\"", "\"evil\\u001b[2J\\u202eth\\u2028user@contoso.com\"", StringComparison.Ordinal)
            .Replace("\"errorCode\": 0, \"failureReason\": \"Other.\"", "\"errorCode\": 50126, \"failureReason\": \"\\u001b]0;pwned\\u0007\\nfake line\"", StringComparison.Ordinal);
        var log = WriteLog(dir, "signins.json", graphPage: false, [hostile]);

        var text = CliRun.Of("entra", "signins", log);
        var json = CliRun.Of("entra", "signins", log, "--format", "json");

        Assert.Equal(1, text.ExitCode);
        foreach (var output in new[] { text.Stdout, json.Stdout })
        {
            Assert.DoesNotContain(output, c => (c < ' ' && c != '\n') || c is '\u202e' or '\u2028' or '\u007f');
        }

        // Entra logs user principal names in lower case; the diagnosis groups them so.
        Assert.Contains("evil\\u001B[2j\\u202Eth\\u2028user@contoso.com", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Entra's text: \"\\u001B]0;pwned\\u0007\\u000Afake line\"", text.Stdout, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Stdout);
        Assert.Equal("evil\u001b[2j\u202eth\u2028user@contoso.com", report.RootElement.GetProperty("groups")[0].GetProperty("user").GetString());
    }

    [Fact]
    public void SeveralLogFiles_AreOneLog_RecordsInBothCountOnce()
    {
        using var dir = new TempDirectory();
        var interactive = WriteLog(dir, "InteractiveSignIns.json", graphPage: false, [TenantExportSet.Fixture("signin-interactive"), TenantExportSet.Fixture("signin-ropg")]);
        var nonInteractive = WriteLog(dir, "NonInteractiveSignIns.json", graphPage: true, [TenantExportSet.Fixture("signin-ropg")]);

        var run = CliRun.Of("entra", "signins", interactive, nonInteractive, "--format", "json");

        using var report = JsonDocument.Parse(run.Stdout);
        Assert.Equal([1, 1], report.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("signIns").GetInt32()));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void UnreadableLog_OrATenantExport_IsOneLine_ExitTwo()
    {
        using var dir = new TempDirectory();
        var broken = dir.Write("broken.json", "{\"value\": ["u8.ToArray());
        var apps = WriteLog(dir, "apps.json", graphPage: true, [TenantExportSet.Fixture("application-endpoint")]);

        var first = CliRun.Of("entra", "signins", broken);
        var second = CliRun.Of("entra", "signins", apps);

        Assert.Equal(2, first.ExitCode);
        Assert.StartsWith($"profile-as-code: {broken}: not readable as JSON (line 1, column ", Assert.Single(first.StderrLines), StringComparison.Ordinal);
        Assert.Equal(2, second.ExitCode);
        Assert.Equal($"profile-as-code: {apps}: value[0] is no sign-in record; expected sign-in records (signIn) as Microsoft Graph (beta), the Entra portal's JSON download or Microsoft Graph PowerShell write them.\n", second.Stderr);
        Assert.Equal("", first.Stdout + second.Stdout);
    }

    [Fact]
    public void ProfileWithoutAnEntraClient_IsBadInput()
    {
        using var dir = new TempDirectory();
        var log = WriteLog(dir, "signins.json", graphPage: true, DesignedLog.Select(TenantExportSet.Fixture));
        var other = CorpusFiles.Xml(dir, "other.mobileconfig", Corpus.UnknownDomain());

        var run = CliRun.Of("entra", "signins", log, "--profile", other);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"profile-as-code: {other}: names no Entra ID client", run.Stderr, StringComparison.Ordinal);
    }

    private static string WriteLog(TempDirectory dir, string name, bool graphPage, IEnumerable<string> records)
    {
        var text = graphPage
            ? "{\"@odata.context\":\"https://graph.microsoft.com/beta/$metadata#auditLogs/signIns\",\"value\":[" + string.Join(",", records) + "]}"
            : "[" + string.Join(",", records) + "]";
        return dir.Write(name, System.Text.Encoding.UTF8.GetBytes(text));
    }

    private static string Squeeze(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
