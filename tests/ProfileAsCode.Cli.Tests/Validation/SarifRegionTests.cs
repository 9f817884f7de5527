using System.Text.Json;
using ProfileAsCode.Cli.Tests.Support;

namespace ProfileAsCode.Cli.Tests.Validation;

/// <summary>
/// <c>validate --format sarif</c> gives each result the line and column of the <c>&lt;key&gt;</c> it is about, so code
/// scanning marks that line. The expected positions are found in the file's text by plain string search, not by our reader.
/// </summary>
public class SarifRegionTests
{
    /// <summary>A Jamf Connect profile as Jamf Pro downloads it (MCX form, indented with spaces), kept in the repository.</summary>
    private static readonly string JamfProDownload = Path.Combine(RepositoryRoot(), "tests", "ProfileAsCode.Tests", "Profiles", "Fixtures", "jamf-pro-download.mobileconfig");

    [Fact]
    public void AValueFinding_PointsAtItsKey()
    {
        using var dir = new TempDirectory();
        // The tenant as a domain name instead of the directory's GUID: a finding on OIDCTenant itself.
        var text = File.ReadAllText(JamfProDownload).Replace("9f1c8b2e-4d3a-4c5b-8e6f-7a8b9c0d1e2f", "contoso.onmicrosoft.com", StringComparison.Ordinal);
        var file = dir.Write("jc.mobileconfig", System.Text.Encoding.UTF8.GetBytes(text));

        var results = Results(RealTool.Run(["validate", "--format", "sarif", file], dir.Path));

        var tenant = Assert.Single(results, r => r.Message.Contains("OIDCTenant", StringComparison.Ordinal) && r.RuleId != "PAC2001");
        Assert.Equal(Position(text, "<key>OIDCTenant</key>"), tenant.Region);
    }

    [Fact]
    public void AFindingAboutAMissingKey_PointsAtTheKeyOfTheDictionaryItIsMissingFrom()
    {
        var text = File.ReadAllText(JamfProDownload);

        var results = Results(RealTool.Run("validate", "--format", "sarif", JamfProDownload));

        // PAC2001: IdPSettings.ROPGID is not set: the file has IdPSettings, without ROPGID.
        var missing = Assert.Single(results, r => r.RuleId == "PAC2001");
        Assert.Contains("ROPGID", missing.Message, StringComparison.Ordinal);
        Assert.Equal(Position(text, "<key>IdPSettings</key>"), missing.Region);
    }

    [Fact]
    public void AnEnvelopeFinding_PointsAtItsKey_AlsoWhenKeysShareALine()
    {
        using var dir = new TempDirectory();
        // Written by hand, oddly laid out: tabs, two keys on one line, a CRLF line end, a comment.
        const string Text =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n" +
            "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n" +
            "<plist version=\"1.0\">\n" +
            "<dict>\n" +
            "\t<!-- made by hand -->\n" +
            "\t<key>PayloadContent</key>\n\t<array/>\n" +
            "\t<key>PayloadDisplayName</key><string>Ünïcode name</string><key>PayloadVersion</key><integer>2</integer>\n" +
            "\t<key>PayloadIdentifier</key>\n\t<string>com.contoso.handmade</string>\n" +
            "\t<key>PayloadType</key>\n\t<string>Configuration</string>\n" +
            "\t<key>PayloadUUID</key>\n\t<string>0C5B2A4E-1F3D-4B6A-9C8E-7D6F5E4A3B2C</string>\n" +
            "</dict>\n" +
            "</plist>\n";
        var file = dir.Write("handmade.mobileconfig", System.Text.Encoding.UTF8.GetBytes(Text));

        var results = Results(RealTool.Run(["validate", "--format", "sarif", file], dir.Path));

        var version = Assert.Single(results, r => r.Message.Contains("PayloadVersion", StringComparison.Ordinal));
        Assert.Equal(Position(Text, "<key>PayloadVersion</key>"), version.Region);
        Assert.Equal((8, 60), version.Region); // counted by hand: a tab and 58 characters before it on line 8
    }

    [Fact]
    public void ABinaryFile_HasNoRegion_AndTheResultSaysWhy()
    {
        using var dir = new TempDirectory();
        var binary = dir.File("jc.mobileconfig");
        // plistutil (libplist) converts: the binary file is not ours.
        Processes.Checked("plistutil", "-i", JamfProDownload, "-o", binary, "-f", "bin");
        Assert.StartsWith("bplist00", File.ReadAllText(binary), StringComparison.Ordinal);

        var results = Results(RealTool.Run(["validate", "--format", "sarif", binary], dir.Path));

        Assert.NotEmpty(results);
        Assert.All(results, r =>
        {
            Assert.Null(r.Region);
            Assert.Contains("binary property list (bplist00), which has no lines", r.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ASignedProfile_HasNoRegion_AndTheResultSaysWhy()
    {
        using var dir = new TempDirectory();
        // openssl signs it: the lines of the XML inside are not lines of the file.
        var signed = dir.Write("jc-signed.mobileconfig", OpenSslSigner.Sign(dir, File.ReadAllBytes(JamfProDownload)));

        var results = Results(RealTool.Run(["validate", "--format", "sarif", signed], dir.Path));

        Assert.Contains(results, r => r.RuleId == "PAC2001");
        Assert.All(results, r =>
        {
            Assert.Null(r.Region);
            Assert.Contains("signed profile (CMS)", r.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TextAndJsonOutput_AreUnchanged_ByTheRegions()
    {
        var text = RealTool.Run("validate", JamfProDownload);
        var json = RealTool.Run("validate", "--format", "json", JamfProDownload);

        Assert.DoesNotContain("startLine", json.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("no lines", text.Stdout + text.Stderr, StringComparison.Ordinal);
        Assert.Contains("error PAC2001", text.Stdout + text.Stderr, StringComparison.Ordinal);
    }

    /// <summary>1-based line and column (in characters) of the only occurrence of <paramref name="needle"/>; a CR LF or a lone CR or LF ends a line.</summary>
    private static (int Line, int Column) Position(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(needle, at + 1, StringComparison.Ordinal) < 0, $"{needle} must occur once");
        var lines = text[..at].Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return (lines.Length, lines[^1].Length + 1);
    }

    private sealed record Result(string RuleId, string Message, (int Line, int Column)? Region);

    private static List<Result> Results(ProcessResult run)
    {
        Assert.True(run.ExitCode is 0 or 1, run.Stderr);
        using var sarif = JsonDocument.Parse(run.Stdout);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r =>
        {
            var physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            (int, int)? region = physical.TryGetProperty("region", out var reg)
                ? (reg.GetProperty("startLine").GetInt32(), reg.GetProperty("startColumn").GetInt32())
                : null;
            return new Result(r.GetProperty("ruleId").GetString()!, r.GetProperty("message").GetProperty("text").GetString()!, region);
        }).ToList();
        Assert.NotEmpty(results);
        return results;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProfileAsCode.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ProfileAsCode.sln not found above " + AppContext.BaseDirectory);
    }
}
