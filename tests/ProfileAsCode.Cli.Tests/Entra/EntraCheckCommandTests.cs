using System.Text.Json;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Testing.Tenant;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Entra;

/// <summary><c>entra check</c>: the tenant checks on profiles in every form, against exports in every shape.</summary>
public class EntraCheckCommandTests
{
    public static TheoryData<ExportShape> Shapes => new() { ExportShape.GraphPage, ExportShape.BareArray, ExportShape.AzShow };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void AgreeingProfile_NoFinding_NotCheckableNotesPrinted_ExitZero(ExportShape shape)
    {
        using var dir = new TempDirectory();
        var exports = new TenantExportSet().WriteTo(dir.File("entra"), shape);
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());

        var run = CliRun.Of("entra", "check", "--tenant-export", exports, profile);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [$"{profile}: note PAC5011: not checkable: ", $"{profile}: note PAC5015: not checkable: "],
            run.StdoutLines.Select(line => line[..line.IndexOf("not checkable: ", StringComparison.Ordinal)] + "not checkable: "));
        Assert.Contains("1 profile(s) checked against the tenant export: 0 finding(s), 2 note(s)", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ClientIdOfTheApiApp_IsPac5003_AtBothKeys_ExitOne(ExportShape shape)
    {
        using var dir = new TempDirectory();
        var exports = new TenantExportSet().WriteTo(dir.File("entra"), shape);
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings(("OIDCClientID", EntraScenario.ApiAppId), ("OIDCROPGID", EntraScenario.ApiAppId)));

        var run = CliRun.Of("entra", "check", "--tenant-export", exports, profile);

        Assert.Equal(1, run.ExitCode);
        var findings = run.StdoutLines.Where(line => !line.Contains(": note ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, findings.Count);
        // The message names the key, so the location is the payload alone.
        Assert.StartsWith($"{profile}: error PAC5003: com.jamf.connect.login (payload 1): OIDCClientID names ", findings[0], StringComparison.Ordinal);
        Assert.StartsWith($"{profile}: error PAC5003: com.jamf.connect.login (payload 1): OIDCROPGID names ", findings[1], StringComparison.Ordinal);
        Assert.Contains("'Jamf Connect - OIDC Endpoint' (appId 1b2c3d4e-5f60-4718-9a0b-c1d2e3f40516)", findings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProfileForm_IsRead_BinarySignedBarePlistAndFolders()
    {
        using var dir = new TempDirectory();
        var exports = new TenantExportSet().WriteTo(dir.File("entra"), ExportShape.GraphPage);
        // A redirect URI the client does not register: one PAC5005, whatever form the profile comes in.
        var badClient = EntraScenario.LoginSettings(("OIDCRedirectURI", "https://127.0.0.1/elsewhere"));
        var profile = EntraScenario.Profile(badClient);
        var xml = dir.Write("xml.mobileconfig", PropertyListSerializer.WriteXml(profile));
        var binary = dir.Write("binary.mobileconfig", PropertyListSerializer.WriteBinary(profile));
        var signed = dir.Write("signed.mobileconfig", OpenSslSigner.Sign(dir, PropertyListSerializer.WriteXml(profile)));
        var bare = dir.Write("com.jamf.connect.login.plist", PropertyListSerializer.WriteXml(badClient));
        Directory.CreateDirectory(dir.File("folder"));
        File.Copy(xml, dir.File("folder/in-folder.mobileconfig"));

        var run = CliRun.Of("entra", "check", "--tenant-export", exports, xml, binary, signed, bare, dir.File("folder"));

        Assert.Equal(1, run.ExitCode);
        var findings = run.StdoutLines.Where(line => line.Contains(" error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [xml, binary, signed, bare, dir.File("folder/in-folder.mobileconfig")],
            findings.Select(line => line[..line.IndexOf(": error ", StringComparison.Ordinal)]));
        Assert.All(findings, line => Assert.Contains(" PAC5005: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void ProjectFolder_ChecksTheProfilesBuiltLast_NotTheUnsignedCopies()
    {
        using var dir = new TempDirectory();
        var exports = new TenantExportSet().WriteTo(dir.File("entra"), ExportShape.GraphPage);
        var project = dir.File("Contoso.Profiles");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Contoso.Profiles.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var release = Directory.CreateDirectory(Path.Combine(project, "bin", "Release", "net8.0", "profiles")).FullName;
        var debug = Directory.CreateDirectory(Path.Combine(project, "bin", "Debug", "net8.0", "profiles")).FullName;
        var old = Path.Combine(release, "com.contoso.jamfconnect.mobileconfig");
        File.WriteAllBytes(old, PropertyListSerializer.WriteXml(EntraScenario.Profile(EntraScenario.LoginSettings(("OIDCClientID", "00000000-1111-4222-8333-444444444444")))));
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-1));
        var built = Path.Combine(debug, "com.contoso.jamfconnect.mobileconfig");
        var wrong = PropertyListSerializer.WriteXml(EntraScenario.Profile(EntraScenario.LoginSettings(("OIDCTenant", "aaaaaaaa-0000-4000-8000-000000000001"))));
        File.WriteAllBytes(built, wrong);
        File.WriteAllBytes(Path.Combine(debug, "com.contoso.jamfconnect.unsigned.mobileconfig"), wrong);

        var run = CliRun.Of("entra", "check", "--tenant-export", exports, project);

        Assert.Equal(1, run.ExitCode);
        var finding = Assert.Single(run.StdoutLines, line => line.Contains(" error ", StringComparison.Ordinal));
        Assert.StartsWith($"{built}: error PAC5001: ", finding, StringComparison.Ordinal);
        Assert.Contains($"checking the profiles built last, in {debug}", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectFolderNeverBuilt_IsBadInput()
    {
        using var dir = new TempDirectory();
        var exports = new TenantExportSet().WriteTo(dir.File("entra"), ExportShape.GraphPage);
        File.WriteAllText(dir.File("P.csproj"), "<Project />");

        var run = CliRun.Of("entra", "check", "--tenant-export", exports, dir.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"profile-as-code: {dir.Path}: is a project folder, but no built profiles are under bin/<Configuration>/<TargetFramework>/profiles/; run dotnet build first, or give the .mobileconfig files\n", run.Stderr);
    }

    [Fact]
    public void Json_HasFindingsAndNotes_Sarif_HasResultsAndNotifications()
    {
        using var dir = new TempDirectory();
        var exports = new TenantExportSet().Edit("application-endpoint", "\"isFallbackPublicClient\": true", "\"isFallbackPublicClient\": false").WriteTo(dir.File("entra"), ExportShape.GraphPage);
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());

        var json = CliRun.Of("entra", "check", "--tenant-export", exports, profile, "--format", "json");
        var sarif = CliRun.Of("entra", "check", "--tenant-export", exports, profile, "--format", "sarif");

        Assert.Equal(1, json.ExitCode);
        using var report = JsonDocument.Parse(json.Stdout);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToList();
        // Only the ROPG client needs public client flows; the interactive sign-in does not.
        Assert.Equal(["PAC5004"], findings.Select(f => f.GetProperty("id").GetString()));
        Assert.Equal(["com.jamf.connect.login (payload 1)"], findings.Select(f => f.GetProperty("location").GetString()));
        Assert.StartsWith("OIDCROPGID names 'Jamf Connect - OIDC Endpoint'", findings[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("AADSTS7000218", findings[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["PAC5011", "PAC5015"], report.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));

        Assert.Equal(1, sarif.ExitCode);
        using var log = JsonDocument.Parse(sarif.Stdout);
        var run = log.RootElement.GetProperty("runs")[0];
        Assert.Equal(["PAC5004"], run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()));
        var notifications = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.Equal(["PAC5011", "PAC5015"], notifications.Select(n => n.GetProperty("descriptor").GetProperty("id").GetString()));
        Assert.All(notifications, n => Assert.Equal("note", n.GetProperty("level").GetString()));
    }

    public static TheoryData<string, string> UnreadableExports() => new()
    {
        { "not JSON at all", "not readable as JSON (line 1, column 1: " },
        { "[1, 2]", "2 array items are not objects; expected JSON of app registrations" },
        { "{\"displayName\": \"a calendar\", \"start\": \"2026-01-01\"}", "the object is none of the objects we read" },
        { "[{\"objectId\": \"x\", \"appId\": \"y\", \"odata.type\": \"Microsoft.DirectoryServices.Application\"}]", "is in the retired Azure AD Graph format" },
    };

    [Theory]
    [MemberData(nameof(UnreadableExports))]
    public void UnreadableExport_IsOneLineNamingIt_ExitTwo_NothingOnStdout(string content, string problem)
    {
        using var dir = new TempDirectory();
        var exports = new TenantExportSet().WriteTo(dir.File("entra"), ExportShape.GraphPage);
        var bad = Path.Combine(exports, "zz-bad.json");
        File.WriteAllText(bad, content);
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());

        var run = CliRun.Of("entra", "check", "--tenant-export", exports, profile);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith($"profile-as-code: {bad}: ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
    }

    [Fact]
    public void SignInLogAmongTheExports_IsBadInput()
    {
        using var dir = new TempDirectory();
        var exports = new TenantExportSet().WriteTo(dir.File("entra"), ExportShape.GraphPage);
        File.WriteAllText(Path.Combine(exports, "signins.json"), "[" + TenantExportSet.Fixture("signin-ropg") + "]");
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());

        var run = CliRun.Of("entra", "check", "--tenant-export", exports, profile);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("signins.json: holds 1 sign-in records, which are read by the sign-in diagnosis, not as a tenant export.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OversizedExport_IsRefusedBeforeItIsRead()
    {
        using var dir = new TempDirectory();
        var exports = new TenantExportSet().WriteTo(dir.File("entra"), ExportShape.GraphPage);
        using (var huge = File.Create(Path.Combine(exports, "huge.json")))
        {
            huge.SetLength(65L * 1024 * 1024); // sparse: nothing is written
        }

        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());

        var run = CliRun.Of("entra", "check", "--tenant-export", exports, profile);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"profile-as-code: {Path.Combine(exports, "huge.json")}: is 65 MB; exports of at most 64 MB are read (export fewer objects, e.g. filter sign-ins by appId and date)\n", run.Stderr);
    }

    [Fact]
    public void MissingOrEmptyExportFolder_AndNoEntraProfile_AreBadInput()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("empty"));
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());
        var other = CorpusFiles.Xml(dir, "other.mobileconfig", Corpus.UnknownDomain());
        var exports = new TenantExportSet().WriteTo(dir.File("entra"), ExportShape.GraphPage);

        var missing = CliRun.Of("entra", "check", "--tenant-export", dir.File("nowhere"), profile);
        var empty = CliRun.Of("entra", "check", "--tenant-export", dir.File("empty"), profile);
        var notEntra = CliRun.Of("entra", "check", "--tenant-export", exports, other);

        Assert.Equal((2, $"profile-as-code: {dir.File("nowhere")}: no such folder; give the folder the exports were written to (profile-as-code entra export-commands prints the commands)\n"), (missing.ExitCode, missing.Stderr));
        Assert.Equal((2, $"profile-as-code: {dir.File("empty")}: this folder has no .json exports; write them with the commands profile-as-code entra export-commands prints\n"), (empty.ExitCode, empty.Stderr));
        Assert.Equal(2, notEntra.ExitCode);
        Assert.EndsWith("nothing to check against the tenant\n", notEntra.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void RealTool_ExitCodes_FindingsOnStdout_ErrorsOnStderr()
    {
        using var dir = new TempDirectory();
        var exports = new TenantExportSet().Edit("policy-mfa", "\"state\": \"enabled\"", "\"state\": \"enabledForReportingButNotEnforced\"").WriteTo(dir.File("entra"), ExportShape.BareArray);
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());
        Directory.CreateDirectory(dir.File("broken"));
        var broken = dir.Write("broken/apps.json", []);

        var findings = RealTool.Run("entra", "check", "--tenant-export", exports, profile);
        var bad = RealTool.Run("entra", "check", "--tenant-export", dir.File("broken"), profile);

        Assert.Equal(1, findings.ExitCode);
        Assert.Contains($"{profile}: warning PAC5014: ", findings.Stdout, StringComparison.Ordinal);
        Assert.Equal((2, ""), (bad.ExitCode, bad.Stdout));
        Assert.StartsWith($"profile-as-code: {broken}: not readable as JSON (", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTenantExportOption_IsAUsageError()
    {
        var run = CliRun.Of("entra", "check", "x.mobileconfig");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("profile-as-code: Option '--tenant-export' is required (see entra check --help)\n", run.Stderr);
    }
}
