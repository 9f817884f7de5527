using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Import;

/// <summary>The admin's case: point import at a folder of existing profiles, get a project that builds them back.</summary>
public class FolderImportTests
{
    [Fact]
    public void Folder_OfMixedProfiles_BuildsBackToEveryOne()
    {
        using var dir = new TempDirectory();
        var exports = Path.Combine(dir.Path, "exports");
        Directory.CreateDirectory(exports);
        var direct = Corpus.JamfConnect(PreferencePayloadForm.Direct);
        var mcx = Corpus.UnknownDomain();
        var bare = Corpus.JamfConnectMenuBarSettings();
        File.WriteAllBytes(Path.Combine(exports, "Jamf Connect.mobileconfig"), PropertyListSerializer.WriteXml(direct));
        File.WriteAllBytes(Path.Combine(exports, "Example App.mobileconfig"), PropertyListSerializer.WriteBinary(mcx));
        File.WriteAllBytes(Path.Combine(exports, "com.jamf.connect.plist"), PropertyListSerializer.WriteXml(bare));
        File.WriteAllText(Path.Combine(exports, "notes.txt"), "not a profile; import leaves it alone");

        var roundTrip = RoundTrip.Run(dir, exports);

        var byIdentifier = roundTrip.Built.ToDictionary(b => b.Profile.Identifier);
        Assert.Equal(3, byIdentifier.Count);
        RoundTrip.AssertSameTree(direct, RoundTrip.Rebuilt(byIdentifier["8E9C5F0A-1B2C-4D3E-8F40-5A6B7C8D9E0F"]));
        RoundTrip.AssertSameTree(mcx, RoundTrip.Rebuilt(byIdentifier["com.contoso.exampleapp"]));
        RoundTrip.AssertSameTree(bare, Assert.Single(byIdentifier["com.jamf.connect"].Profile.Payloads).Settings);
    }

    [Fact]
    public void ImportingTwice_WritesTheSameBytes()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "jc.mobileconfig", Corpus.JamfConnect(PreferencePayloadForm.ManagedPreferences));

        Assert.Equal(0, CliRun.Of("import", file, "--out", dir.File("first")).ExitCode);
        Assert.Equal(0, CliRun.Of("import", file, "--out", dir.File("second")).ExitCode);

        Assert.Equal(File.ReadAllBytes(Path.Combine(dir.File("first"), "Jc.cs")), File.ReadAllBytes(Path.Combine(dir.File("second"), "Jc.cs")));
    }

    [Fact]
    public void OutputThatCannotBeWritten_IsOneLine_ExitTwo()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "jc.mobileconfig", Corpus.UnknownDomain());
        var notAFolder = dir.Write("out", "a file where the output folder should be"u8.ToArray());

        var run = CliRun.Of("import", file, "--out", notAFolder);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith($"profile-as-code: {Path.Combine(notAFolder, "Jc.cs")}: cannot be written (", line, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFolder_IsBadInput()
    {
        using var dir = new TempDirectory();
        var empty = Path.Combine(dir.Path, "empty");
        Directory.CreateDirectory(empty);

        var run = CliRun.Of("validate", empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"profile-as-code: {empty}: this folder has no .mobileconfig or .plist files\n", run.Stderr);
    }
}
