using ProfileAsCode.Cli.Tests.Support;

namespace ProfileAsCode.Cli.Tests.Validation;

/// <summary>validate reports unknown, misplaced and wrongly typed Jamf Connect keys of a file (PAC2006, PAC2007).</summary>
public class UnknownKeysValidateTests
{
    [Fact]
    public void MisspelledAndWronglyTypedKeys_AreReported()
    {
        using var dir = new TempDirectory();
        var settings = Corpus.JamfConnectLoginSettings()
            .Remove("OIDCRedirectURI")
            .SetItem("OIDCRedirectUrl", "https://127.0.0.1/jamfconnect")
            .SetItem("OIDCIgnoreCookies", "true");
        var file = CorpusFiles.Xml(dir, "com.jamf.connect.login.plist", settings);

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => l.StartsWith($"{file}: warning PAC2006: ", StringComparison.Ordinal) && l.Contains("did you mean OIDCRedirectURI?", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.StartsWith($"{file}: error PAC2007: ", StringComparison.Ordinal) && l.Contains("OIDCIgnoreCookies is a string ('true')", StringComparison.Ordinal));
    }

    [Fact]
    public void LoginKeyInAMenuBarFile_SaysWhereItBelongs()
    {
        using var dir = new TempDirectory();
        var settings = Corpus.JamfConnectMenuBarSettings().SetItem("OIDCProvider", "EntraID");
        var file = CorpusFiles.Xml(dir, "com.jamf.connect.plist", settings);

        var run = CliRun.Of("validate", file);

        Assert.Contains(run.StdoutLines, l => l.Contains("warning PAC2006: ", StringComparison.Ordinal) && l.Contains("belongs to the login window (com.jamf.connect.login)", StringComparison.Ordinal));
    }
}
