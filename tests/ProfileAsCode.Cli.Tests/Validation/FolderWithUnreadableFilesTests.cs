using System.Text.Json;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Validation;

/// <summary>
/// Issue 13, item 10: one file validate cannot read does not stop the folder. Each is reported in one line, every
/// other file is still checked and its findings printed, and the exit code is 2 (bad input outranks findings).
/// </summary>
public class FolderWithUnreadableFilesTests
{
    [Fact]
    public void UnreadableFiles_AreReported_TheRestIsChecked_AndTheExitCodeIsTwo()
    {
        using var dir = new TempDirectory();
        var folder = Folder(dir);

        var run = CliRun.Of("validate", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.StderrLines, l => l.StartsWith("profile-as-code: " + Path.Combine(folder, "b-not-a-plist.plist") + ": ", StringComparison.Ordinal));
        Assert.Single(run.StderrLines, l => l.StartsWith("profile-as-code: " + Path.Combine(folder, "c-pipe.plist") + ": ", StringComparison.Ordinal) && l.Contains("named pipe", StringComparison.Ordinal));
        Assert.Single(run.StderrLines, l => l.StartsWith("profile-as-code: " + Path.Combine(folder, "d-empty.mobileconfig") + ": ", StringComparison.Ordinal));
        // Both readable files were checked: the broken one's error is printed, from the file after the bad ones too.
        Assert.Contains(run.StdoutLines, l => l.StartsWith(Path.Combine(folder, "e-broken.mobileconfig") + ": error PAC3006", StringComparison.Ordinal));
        Assert.EndsWith("2 file(s) checked: 1 error(s), 0 other finding(s); 3 file(s) could not be read\n", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ListsTheUnreadableFiles_BesideTheFindings()
    {
        using var dir = new TempDirectory();
        var folder = Folder(dir);

        var run = CliRun.Of("validate", folder, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(
            ["b-not-a-plist.plist", "c-pipe.plist", "d-empty.mobileconfig"],
            root.GetProperty("unreadable").EnumerateArray().Select(u => Path.GetFileName(u.GetProperty("file").GetString())));
    }

    [Fact]
    public void Sarif_SaysTheRunDidNotComplete_AndWhy()
    {
        using var dir = new TempDirectory();
        var folder = Folder(dir);

        var run = CliRun.Of("validate", folder, "--format", "sarif");

        Assert.Equal(2, run.ExitCode);
        var invocation = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(3, invocation.GetProperty("toolExecutionNotifications").GetArrayLength());
    }

    [Fact]
    public void AFolderWithoutProfiles_AmongOtherArguments_IsReported_AndTheOthersAreChecked()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("empty"));
        var good = CorpusFiles.Xml(dir, "good.mobileconfig", Corpus.UnknownDomain());

        var run = CliRun.Of("validate", dir.File("empty"), good);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.StderrLines, l => l.Contains("has no .mobileconfig or .plist files", StringComparison.Ordinal));
        Assert.Contains("1 file(s) checked", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A readable clean profile, three files that cannot be read (not a plist, a FIFO, empty), then a broken profile.</summary>
    private static string Folder(TempDirectory dir)
    {
        var folder = dir.File("exports");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "a-good.mobileconfig"), PropertyListSerializer.WriteXml(Corpus.UnknownDomain()));
        File.WriteAllText(Path.Combine(folder, "b-not-a-plist.plist"), "hello");
        SpecialFiles.Fifo(dir, Path.Combine("exports", "c-pipe.plist"));
        File.WriteAllBytes(Path.Combine(folder, "d-empty.mobileconfig"), []);
        var broken = Corpus.Profile(
                "com.contoso.broken", "C3C3C3C3-0000-4000-8000-000000000003", PreferencePayloadForm.Direct,
                ("com.example.app", "com.contoso.broken.settings", "C3C3C3C3-0000-4000-8000-000000000004", "Example", Plist.Dict(("k", "v"))))
            .SetItem("PayloadVersion", "1");
        File.WriteAllBytes(Path.Combine(folder, "e-broken.mobileconfig"), PropertyListSerializer.WriteXml(broken));
        return folder;
    }
}
