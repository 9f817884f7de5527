using System.Text;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Tool;

/// <summary>The real executable: exit codes, one-line errors, nothing written on bad input.</summary>
public class ToolProcessTests
{
    public static TheoryData<string, byte[], string> BadFiles()
    {
        var binary = PropertyListSerializer.WriteBinary(Corpus.UnknownDomain());
        return new TheoryData<string, byte[], string>
        {
            { "text.mobileconfig", "hello, not a plist\n"u8.ToArray(), "not a property list: neither XML, binary (bplist00) nor a CMS-signed profile" },
            { "truncated.mobileconfig", binary[..(binary.Length / 2)], "not a valid binary property list: at byte " },
            { "unclosed.mobileconfig", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict><key>a</key><string>b</dict></plist>\n"u8.ToArray(), "not a valid XML property list: (2,49): " },
            { "latin1.mobileconfig", Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<plist version=\"1.0\"><dict><key>a</key><string>\u00e9</string></dict></plist>\n"), "the XML declares encoding 'ISO-8859-1'" },
            { "utf16.mobileconfig", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\"?><plist/>")).ToArray(), "the file is UTF-16; profiles are UTF-8" },
            { "future.mobileconfig", "bplist15\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"u8.ToArray(), "binary property list version '15' is not supported (only bplist00)" },
            { "der.mobileconfig", [0x30, 0x03, 0x02, 0x01, 0x00], "starts like a CMS signature (DER) but is not CMS SignedData: the signature envelope is broken" },
            { "empty.mobileconfig", [], "the file is empty" },
        };
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadInput_IsOneLineNamingTheFile_ExitTwo_NothingWritten(string name, byte[] content, string problem)
    {
        using var dir = new TempDirectory();
        var good = CorpusFiles.Xml(dir, "good.mobileconfig", Corpus.UnknownDomain());
        var bad = dir.Write(name, content);
        var before = dir.Listing();

        foreach (var arguments in new[]
        {
            new[] { "import", good, bad, "--out", dir.File("out") },
            new[] { "convert", bad, "--to", "binary", "--out", dir.File("converted.plist") },
            new[] { "validate", good, bad },
            new[] { "diff", good, bad },
            new[] { "show", bad },
        })
        {
            var result = RealTool.Run(arguments);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("", result.Stdout);
            var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (arguments[0] == "validate")
            {
                // validate goes on past a file it cannot read (issue 13 item 10): the good file is checked and counted.
                Assert.Equal("1 file(s) checked: 0 error(s), 0 other finding(s); 1 file(s) could not be read", lines[^1]);
                lines = lines[..^1];
            }

            var line = Assert.Single(lines);
            Assert.StartsWith($"profile-as-code: {bad}: ", line, StringComparison.Ordinal);
            Assert.Contains(problem, line, StringComparison.Ordinal);
            Assert.Equal(before, dir.Listing());
        }
    }

    [Fact]
    public void MissingFile_IsBadInput()
    {
        var result = RealTool.Run("show", "/nonexistent/profile.mobileconfig");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("profile-as-code: /nonexistent/profile.mobileconfig: no such file\n", result.Stderr);
    }

    [Fact]
    public void Version_Help_AndUsageErrors()
    {
        var version = RealTool.Run("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\n$", version.Stdout);

        var help = RealTool.Run("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:\n  profile-as-code [command] [options]\n", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 ok, 1 findings or differences, 2 bad input or usage (nothing written), 70 a bug in profile-as-code", help.Stdout, StringComparison.Ordinal);

        var commandHelp = RealTool.Run("import", "--help");
        Assert.Equal(0, commandHelp.ExitCode);
        Assert.Contains("Usage:\n  profile-as-code import <FILE|FOLDER>... [options]\n", commandHelp.Stdout, StringComparison.Ordinal);
        Assert.Equal("", commandHelp.Stderr);

        var usage = RealTool.Run("convert", "x.plist", "--to", "json");
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal("", usage.Stdout);
        Assert.Equal("profile-as-code: option '--to' does not accept 'json'; use one of: xml, binary (see convert --help)\n", usage.Stderr);

        var nothing = RealTool.Run();
        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("Commands:", nothing.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitCodes_FollowFindingsAndDifferences()
    {
        using var dir = new TempDirectory();
        var clean = CorpusFiles.Xml(dir, "clean.mobileconfig", Corpus.JamfConnect(PreferencePayloadForm.Direct));
        var login = Corpus.JamfConnectLoginSettings().SetItem("OIDCTenant", "common");
        var wrong = CorpusFiles.Xml(dir, "wrong.mobileconfig", Corpus.Profile("com.contoso.wrong", "5B0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10", PreferencePayloadForm.Direct,
            ("com.jamf.connect.login", "com.contoso.wrong.login", "5B0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F11", "Login", login)));

        Assert.Equal(0, RealTool.Run("validate", clean).ExitCode);
        Assert.Equal(1, RealTool.Run("validate", wrong).ExitCode);
        Assert.Equal(0, RealTool.Run("diff", clean, clean).ExitCode);
        Assert.Equal(1, RealTool.Run("diff", clean, wrong).ExitCode);
        Assert.Equal(0, RealTool.Run("import", clean, "--out", dir.File("a")).ExitCode);

        var import = RealTool.Run("import", wrong, "--out", dir.File("b"));
        Assert.Equal(1, import.ExitCode);
        Assert.Contains(": error PAC1003: com.jamf.connect.login (payload 1): OIDCTenant is 'common'", import.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.File("b"), "Wrong.cs")), "import writes the records even when the values have errors, so they can be fixed in the IDE");
    }

    [Fact]
    public void QuietAndVerbose_ControlTheProgressLines_AndPipedOutputHasNoColour()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "app.mobileconfig", Corpus.UnknownDomain());
        var other = CorpusFiles.Xml(dir, "app2.mobileconfig", Corpus.UnknownDomain().SetItem("PayloadDisplayName", "Renamed"));

        var normal = RealTool.Run("import", file, "--out", dir.File("n"));
        var quiet = RealTool.Run("import", "-q", file, "--out", dir.File("q"));
        var verbose = RealTool.Run("import", "--verbose", file, "--out", dir.File("v"));

        Assert.Equal($"{file} → {Path.Combine(dir.File("n"), "App.cs")}\n", normal.Stderr);
        Assert.Equal("", quiet.Stderr);
        Assert.Contains("payload com.example.app (payload 1) → AppSettings (generated record)", verbose.Stderr, StringComparison.Ordinal);

        // stdout is a pipe here, so even without NO_COLOR there are no escape sequences.
        var diff = RealTool.Run(["diff", file, other], environment: new Dictionary<string, string?> { ["NO_COLOR"] = null });
        Assert.Equal(1, diff.ExitCode);
        Assert.DoesNotContain('\u001b', diff.Stdout);
    }

    [Fact]
    public void Colour_OnlyOnATerminal_AndNotWithNoColorOrTheFlag()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "app.mobileconfig", Corpus.UnknownDomain());
        var other = CorpusFiles.Xml(dir, "jc.mobileconfig", Corpus.JamfConnect(PreferencePayloadForm.Direct));

        // script(1) gives the tool a pseudo-terminal as stdout.
        ProcessResult OnTerminal(string extra, string? noColor) => Processes.Run("script",
            ["-qec", $"{RealTool.ShellCommand} diff {file} {other} {extra}", "/dev/null"],
            environment: new Dictionary<string, string?> { ["NO_COLOR"] = noColor });

        // SGR colour sequences only: .NET itself writes a keypad-mode sequence to terminals.
        const string Colour = @"\u001b\[\d+m";
        Assert.Matches(Colour, OnTerminal("", null).Stdout);
        Assert.DoesNotMatch(Colour, OnTerminal("", "1").Stdout);
        Assert.DoesNotMatch(Colour, OnTerminal("--no-color", null).Stdout);
        Assert.Contains("payload com.example.app [com.contoso.exampleapp.settings]: removed", OnTerminal("", "1").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_XmlToBinaryAndBack_KeepsEveryValue_AsPythonReadsIt()
    {
        using var dir = new TempDirectory();
        var xml = CorpusFiles.Xml(dir, "app.mobileconfig", Corpus.UnknownDomain());
        var binary = dir.File("app.bplist");
        var back = dir.File("back.xml");

        Assert.Equal(0, RealTool.Run("convert", xml, "--to", "binary", "--out", binary).ExitCode);
        Assert.Equal(0, RealTool.Run("convert", binary, "--to", "xml", "--out", back).ExitCode);

        Assert.StartsWith("bplist00", Encoding.ASCII.GetString(File.ReadAllBytes(binary), 0, 8), StringComparison.Ordinal);
        var python = Processes.Checked("python3", "-c",
            "import plistlib,sys\n" +
            "a, b, c = (plistlib.load(open(p, 'rb')) for p in sys.argv[1:4])\n" +
            "print(a == b == c, plistlib.load(open(sys.argv[2], 'rb'), fmt=plistlib.FMT_BINARY)['PayloadIdentifier'])",
            xml, binary, back);
        Assert.Equal("True com.contoso.exampleapp\n", python.Stdout);
    }

    [Fact]
    public void Convert_SignedProfile_WritesItsContentUnsigned()
    {
        using var dir = new TempDirectory();
        var xml = PropertyListSerializer.WriteXml(Corpus.UnknownDomain());
        var signed = dir.Write("signed.mobileconfig", OpenSslSigner.Sign(dir, xml));

        var result = RealTool.Run("convert", signed, "--to", "xml");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Encoding.UTF8.GetString(xml), result.Stdout);
        Assert.Contains("signed profile; converting its content, the output is unsigned", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_PrintsEachPayloadsSettings()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "jc.mobileconfig", Corpus.JamfConnect(PreferencePayloadForm.ManagedPreferences));

        var result = RealTool.Run("show", file);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal($"{file} (XML)", lines[0]);
        Assert.Contains("Payload 1: com.jamf.connect.login (managed preferences (MCX))", lines);
        Assert.Contains("    OIDCProvider: \"EntraID\"", lines);
        Assert.Contains("    IdPSettings:", lines);
        Assert.Contains($"      TenantID: \"{Corpus.Tenant}\"", lines);
    }
}
