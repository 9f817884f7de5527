using ProfileAsCode.Cli.Tests.Support;

namespace ProfileAsCode.Cli.Tests.CommandLine;

/// <summary>Every mistake on the command line: exit 2 (not System.CommandLine's 1), nothing on stdout, one line on stderr.</summary>
public class UsageErrorTests
{
    [Theory]
    [InlineData("unknown command 'frobnicate'; the commands are import, validate, diff, show, convert, sign, verify, unsign, entra, jamf (see --help)", "frobnicate")]
    [InlineData("unknown command 'frobnicate' for 'entra'; the commands are export-commands, check, signins (see entra --help)", "entra", "frobnicate")]
    [InlineData("option '--shell' does not accept 'zsh'; use one of: bash, pwsh (see entra export-commands --help)", "entra", "export-commands", "--shell", "zsh")]
    [InlineData("unknown option '--to' (see --help)", "--to", "xml")]
    [InlineData("unknown option '--colour' for 'convert' (see convert --help)", "convert", "x", "--to", "xml", "--colour")]
    [InlineData("unexpected argument 'y' for 'convert' (see convert --help)", "convert", "x", "y", "--to", "xml")]
    [InlineData("option '--to' does not accept 'json'; use one of: xml, binary (see convert --help)", "convert", "x", "--to", "json")]
    [InlineData("option '--format' does not accept 'xml'; use one of: text, json, sarif (see validate --help)", "validate", "x", "--format", "xml")]
    [InlineData("Required argument missing for option: '--out' (see convert --help)", "convert", "x", "--to", "xml", "--out")]
    [InlineData("Option '--to' expects a single argument but 2 were provided (see convert --help)", "convert", "x", "--to", "xml", "--to", "binary")]
    [InlineData("Option '--to' is required (see convert --help)", "convert", "x")]
    [InlineData("Option '--certificate' is required (see sign --help)", "sign", "x", "--out", "y")]
    [InlineData("Required argument 'FILE' missing for command: 'convert' (see convert --help)", "convert", "--to", "xml")]
    [InlineData("Required argument 'FILE|FOLDER' missing for command: 'validate' (see validate --help)", "validate")]
    [InlineData("option '--signature-only' takes no value; unexpected 'yes' (see verify --help)", "verify", "x", "--signature-only=yes")]
    [InlineData("option '--no-color' takes no value; unexpected 'true' (see show --help)", "show", "x", "--no-color", "true")]
    [InlineData("give -q (less output) or -v (more output), not both (see show --help)", "show", "-q", "x", "-v")]
    [InlineData("convert --to binary needs --out FILE (binary output is not written to a terminal) (see convert --help)", "convert", "x", "--to", "binary")]
    [InlineData("verify needs exactly one of --ca FILE (the root the signer must chain to) and --signature-only (see verify --help)", "verify", "x")]
    [InlineData("verify needs exactly one of --ca FILE (the root the signer must chain to) and --signature-only (see verify --help)", "verify", "x", "--ca", "r.pem", "--signature-only")]
    [InlineData("--namespace '1st.Profiles' is not a C# namespace (use dotted identifiers, e.g. Contoso.Profiles) (see import --help)", "import", "x", "--namespace", "1st.Profiles")]
    [InlineData("FILE is empty; give a file name (see show --help)", "show", "")]
    [InlineData("FILE|FOLDER is empty; give a file name (see validate --help)", "validate", "a.mobileconfig", "")]
    [InlineData("--certificate is empty; give a file name (see sign --help)", "sign", "x", "--certificate", "", "--out", "y")]
    [InlineData("--ca is empty; give a file name (see verify --help)", "verify", "x", "--ca", "")]
    [InlineData("--out is empty; give a file name (see unsign --help)", "unsign", "x", "--out", "")]
    [InlineData("--out '/' is a folder; give the file to write, e.g. /profile.mobileconfig (see convert --help)", "convert", "x", "--to", "binary", "--out", "/")]
    [InlineData("Response file not found 'no-such.rsp' (see --help)", "@no-such.rsp")]
    [InlineData("Option '--url' is required (see jamf plan --help)", "jamf", "plan", "x")]
    [InlineData("Required argument 'PROFILES' missing for command: 'apply' (see jamf apply --help)", "jamf", "apply", "--url", "https://contoso.jamfcloud.com")]
    [InlineData("option '--format' does not accept 'html'; use one of: text, markdown, json (see jamf plan --help)", "jamf", "plan", "x", "--url", "https://contoso.jamfcloud.com", "--format", "html")]
    [InlineData("unknown option '--client-secret'; the client ID and secret come from JAMF_CLIENT_ID and JAMF_CLIENT_SECRET only (see jamf plan --help)", "jamf", "plan", "--client-secret", "x", "y", "--url", "https://contoso.jamfcloud.com")]
    [InlineData("unknown option '--client-secret'; the client ID and secret come from JAMF_CLIENT_ID and JAMF_CLIENT_SECRET only (see jamf apply --help)", "jamf", "apply", "y", "--client-secret=s3cret", "--url", "https://contoso.jamfcloud.com")]
    public void Mistake_IsOneLine_ExitTwo(string message, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"profile-as-code: {message}\n", run.Stderr);
    }

    [Fact]
    public void EchoedArgument_HasItsControlCharactersEscaped_AndIsCut()
    {
        var forged = "--\u001b[31mred\nprofile-as-code: forged line" + new string('x', 200);

        var run = CliRun.Of("show", "x", forged);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith(@"profile-as-code: unknown option '--\u001B[31mred\u000Aprofile-as-code: forged linexxx", line, StringComparison.Ordinal);
        Assert.Contains("xxx…' for 'show' (see show --help)", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Stderr);
    }

    [Fact]
    public void OutFolder_IsRefusedBeforeAnythingIsRead()
    {
        using var dir = new TempDirectory();

        var run = CliRun.Of("unsign", "/nonexistent/signed.mobileconfig", "--out", dir.Path + "/");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"profile-as-code: --out '{dir.Path}/' is a folder; give the file to write", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommand_PrintsTheOverview_AndExitsTwo()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Commands:", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }
}
