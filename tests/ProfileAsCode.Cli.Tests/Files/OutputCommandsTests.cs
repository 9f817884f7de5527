using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Files;

/// <summary>What the commands do with their output: never a special file, never half a set, never an unhandled exception.</summary>
public sealed class OutputCommandsTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Convert_RefusesToReplaceADevice_AFifo_OrAFolder()
    {
        var profile = CorpusFiles.Xml(dir, "p.mobileconfig", Corpus.UnknownDomain());
        var device = SpecialFiles.LinkToDevNull(dir, "null.plist");
        var fifo = SpecialFiles.Fifo(dir, "pipe.plist");
        var folder = Directory.CreateDirectory(dir.File("folder.plist")).FullName;

        foreach (var (target, kind) in new[] { (device, "a character device"), (fifo, "a named pipe (FIFO)") })
        {
            var run = RealTool.Run("convert", profile, "--to", "binary", "--out", target);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"profile-as-code: {target}: is {kind}, not a regular file; refusing to replace it (give the path of a file to write)\n", run.Stderr);
        }

        // A folder is refused earlier, while the command line is read (a usage error naming the option).
        var intoFolder = RealTool.Run("convert", profile, "--to", "binary", "--out", folder);
        Assert.Equal(2, intoFolder.ExitCode);
        Assert.Equal($"profile-as-code: --out '{folder}' is a folder; give the file to write, e.g. {folder}/profile.mobileconfig (see convert --help)\n", intoFolder.Stderr);

        Assert.Equal("/dev/null", new FileInfo(device).LinkTarget);
        Assert.Equal(["null.plist", "p.mobileconfig", "pipe.plist"], dir.Listing());
    }

    // Built from parts: attribute blobs store strings as UTF-8, which would turn a lone surrogate into U+FFFD.
    [Theory]
    [InlineData("a", 0x0001, "b", "U+0001")]
    [InlineData("", 0x001B, "[31mred", "U+001B")]
    [InlineData("nul", 0x0000, "", "U+0000")]
    [InlineData("lone ", 0xD800, "", "U+D800 (a lone surrogate)")]
    public void ConvertToXml_OfAStringXmlCannotHold_IsOneLineNamingTheKey(string before, int bad, string after, string described)
    {
        var value = before + (char)bad + after;
        var file = dir.Write("s.plist", PropertyListSerializer.WriteBinary(Dict(("Outer", Dict(("Inner", value))))));

        var run = CliRun.Of("convert", file, "--to", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith($"profile-as-code: {file}: cannot be converted to XML: Outer.Inner: the string contains {described}", line, StringComparison.Ordinal);
        Assert.Contains("XML 1.0 does not allow", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OfSeveralFiles_WritesNoneWhenTheFourthCannotBeWritten()
    {
        var inputs = Enumerable.Range(1, 4).Select(Profile).ToArray();
        var output = Directory.CreateDirectory(dir.File("out")).FullName;
        Directory.CreateDirectory(Path.Combine(output, "App4.cs"));

        var run = CliRun.Of(["import", .. inputs, "--out", output]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"profile-as-code: {Path.Combine(output, "App4.cs")}: is a folder, not a regular file; refusing to replace it (give the path of a file to write)", Assert.Single(run.StderrLines));
        Assert.Equal([Path.Combine(output, "App4.cs")], Directory.GetFileSystemEntries(output));
    }

    [Fact]
    public void Import_OfSeveralFiles_WritesThemAll_AndNoStagingIsLeft()
    {
        var inputs = Enumerable.Range(1, 3).Select(Profile).ToArray();
        var output = dir.File("out");

        var run = CliRun.Of(["import", .. inputs, "--out", output]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["App1.cs", "App2.cs", "App3.cs"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>Profile number <paramref name="i"/>, written as AppN.mobileconfig: its own identifiers, so the set has no duplicates.</summary>
    private string Profile(int i) => CorpusFiles.Xml(dir, $"App{i}.mobileconfig", Corpus.Profile(
        $"com.contoso.app{i}",
        $"A1A1A1A1-0000-4000-8000-00000000000{i}",
        PreferencePayloadForm.ManagedPreferences,
        ("com.example.app", $"com.contoso.app{i}.payload", $"B2B2B2B2-0000-4000-8000-00000000000{i}", "App", Corpus.UnknownDomainSettings())));
}
