using System.Text.Json;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Validation;

public class ValidateCommandTests
{
    private const string TopUuid = "A1A1A1A1-0000-4000-8000-000000000001";
    private const string SharedPayloadUuid = "B2B2B2B2-0000-4000-8000-000000000002";

    /// <summary>A profile with one mistake of each kind, placed by hand.</summary>
    private static PlistDictionary Broken() => Dict(
        ("PayloadIdentifier", "com.contoso.broken"),
        ("PayloadUUID", TopUuid),
        ("PayloadType", "Configuration"),
        ("PayloadVersion", 2L),
        ("PayloadRemovalDisallowed", "yes"),
        ("PayloadContent", Array(
            Dict(
                ("PayloadIdentifier", "com.contoso.broken.login"),
                ("PayloadUUID", SharedPayloadUuid),
                ("PayloadType", "com.jamf.connect.login"),
                ("OIDCProvider", "EntraID"),
                ("OIDCClientID", Corpus.ClientId),
                ("OIDCROPGID", Corpus.ClientId),
                ("OIDCRedirectURI", "https://127.0.0.1/jamfconnect"),
                ("OIDCTenant", "common")),
            Dict(
                ("PayloadIdentifier", "com.contoso.broken.app"),
                ("PayloadUUID", SharedPayloadUuid),
                ("PayloadType", "com.example.app"),
                ("PayloadVersion", 1L)),
            "not a payload")));

    [Fact]
    public void CleanProfiles_ExitZero_AndReportNothing()
    {
        using var dir = new TempDirectory();
        var jamf = CorpusFiles.Xml(dir, "jc.mobileconfig", Corpus.JamfConnect(PreferencePayloadForm.ManagedPreferences));
        var other = CorpusFiles.Xml(dir, "app.mobileconfig", Corpus.UnknownDomain());

        var run = CliRun.Of("validate", jamf, other);

        // The corpus keeps two keys Jamf Connect does not know (to exercise [AdditionalKeys]): warnings, not errors.
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["FutureSetting", "FutureTopLevel"],
            run.StdoutLines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"warning PAC2006: .*?(\w+) is not a key").Groups[1].Value));
        Assert.Equal("2 file(s) checked: 0 error(s), 2 other finding(s)\n", run.Stderr);
    }

    [Fact]
    public void BrokenProfile_ReportsEachMistake_AndExitsOne()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "broken.mobileconfig", Broken());

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        string[] expected =
        [
            $"{file}: error PAC3006: top level: PayloadRemovalDisallowed is a string \"yes\", but Apple defines it as a boolean",
            $"{file}: error PAC3007: top level: PayloadVersion is 2; the only version Apple defines is 1",
            $"{file}: error PAC3006: payload 1 (com.jamf.connect.login): PayloadVersion is missing (required, an integer)",
            $"{file}: error PAC3006: payload 3: PayloadContent item is a string, but every payload is a dictionary",
            $"{file}: error PAC3008: payload 1 and payload 2: PayloadUUID {SharedPayloadUuid} is used 2 times in this profile; each payload needs its own",
        ];
        Assert.Equal(expected, run.StdoutLines.Where(l => l.Contains(": error PAC3", StringComparison.Ordinal)));
        // The value rules run on the file's values, located by payload and key.
        Assert.Contains(run.StdoutLines, l => l.StartsWith($"{file}: error PAC1003: com.jamf.connect.login (payload 1): OIDCTenant is 'common'", StringComparison.Ordinal));
    }

    [Fact]
    public void SameIdentifierAndUuidInTwoFiles_AreReportedAcrossFiles()
    {
        using var dir = new TempDirectory();
        var first = CorpusFiles.Xml(dir, "first.mobileconfig", Corpus.UnknownDomain());
        var second = CorpusFiles.Xml(dir, "second.mobileconfig", Corpus.UnknownDomain().SetItem("PayloadContent", PlistArray.Empty));

        var run = CliRun.Of("validate", first, second);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{second}: error PAC3008: PayloadUUID: UUID 44D1C1F6-3E0B-4C55-9D7A-0B6E0E5B7A11 is also used in {first}; give each profile and payload its own UUID", run.StdoutLines);
        Assert.Contains(run.StdoutLines, l => l.Contains(": error PAC3002: ", StringComparison.Ordinal) && l.Contains("com.contoso.exampleapp", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonFormat_ListsTheSameFindings()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "broken.mobileconfig", Broken());
        var text = CliRun.Of("validate", file);

        var run = CliRun.Of("validate", "--format", "json", file);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(text.StdoutLines.Length, findings.Count);
        Assert.Equal(text.StdoutLines.Count(l => l.Contains(": error ", StringComparison.Ordinal)), json.RootElement.GetProperty("errors").GetInt32());
        var first = findings[0];
        Assert.Equal(file, first.GetProperty("file").GetString());
        Assert.Equal("PAC3006", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("top level", first.GetProperty("location").GetString());
        Assert.EndsWith("docs/rules/PAC3006.md", first.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SarifFormat_IsSarif210_WithOneResultPerFinding()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "broken.mobileconfig", Broken());
        var text = CliRun.Of("validate", file);

        var run = CliRun.Of("validate", "--format=sarif", file);

        using var sarif = JsonDocument.Parse(run.Stdout);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var only = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        var rules = only.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = only.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(text.StdoutLines.Length, results.Count);
        Assert.All(results, r =>
        {
            Assert.Equal(rules[r.GetProperty("ruleIndex").GetInt32()], r.GetProperty("ruleId").GetString());
            // The temp folder is outside the repository the tests run in: an absolute file URI (SarifPathTests cover relative ones).
            Assert.Equal(new Uri(file).AbsoluteUri, r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        });
        Assert.Contains("PAC3008", rules);
    }

    [Fact]
    public void PayloadContentThatIsNoArray_IsAFinding_NotACrash()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "dict.mobileconfig", Corpus.UnknownDomain().SetItem("PayloadContent", Dict(("a", 1L))));

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{file}: error PAC3006: top level: PayloadContent is a dictionary {{a = 1}}, but Apple defines it as an array"], run.StdoutLines);
    }

    [Fact]
    public void BarePreferencePlist_IsCheckedByItsDomainsRules()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "com.jamf.connect.login.plist", Corpus.JamfConnectLoginSettings().SetItem("OIDCClientID", "not-a-guid"));

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => l.StartsWith($"{file}: error PAC1010: com.jamf.connect.login: OIDCClientID: 'not-a-guid' is not a GUID", StringComparison.Ordinal));
    }
}
