using System.Diagnostics;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Files;

/// <summary>The real tool, interrupted while it writes: SIGINT and SIGTERM leave nothing behind; SIGKILL's leftover goes with the next write.</summary>
public sealed class InterruptedWriteTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void Signal_DuringTheWrite_RemovesTheTemporaryFile(string signal)
    {
        var input = LargeBinaryPlist();
        var output = dir.File("out.plist");

        var (exitCode, sawTemporary) = RunAndSignal(["convert", input, "--to", "xml", "--out", output], signal);

        Assert.True(sawTemporary, "the temporary file never appeared");
        Assert.Equal(128 + (signal == "TERM" ? 15 : 2), exitCode);
        Assert.False(File.Exists(output), "a partial output was left");
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Kill_LeavesATemporaryFile_WhichTheNextWriteToThatFolderRemoves()
    {
        var input = LargeBinaryPlist();

        var (exitCode, sawTemporary) = RunAndSignal(["convert", input, "--to", "xml", "--out", dir.File("out.plist")], "KILL");

        Assert.True(sawTemporary);
        Assert.Equal(137, exitCode);
        Assert.Single(Leftovers());
        Assert.False(File.Exists(dir.File("out.plist")));

        var next = RealTool.Run("convert", input, "--to", "binary", "--out", dir.File("other.plist"));

        Assert.Equal(0, next.ExitCode);
        Assert.Empty(Leftovers());
    }

    /// <summary>Hidden temporary files of any writer (ours end in .pac-tmp; the writer before them used .tmp).</summary>
    private string[] Leftovers() => Directory.GetFileSystemEntries(dir.Path, ".*tmp");

    /// <summary>About 45 MB binary, 50 MB as XML: the write takes long enough to be caught in the act.</summary>
    private string LargeBinaryPlist()
    {
        var entries = Enumerable.Range(0, 600_000).Select(i => new KeyValuePair<string, PlistValue>($"k{i:D7}", new string('v', 40) + i));
        return dir.Write("large.plist", PropertyListSerializer.WriteBinary(new PlistDictionary(entries)));
    }

    /// <summary>Starts the tool, sends <paramref name="signal"/> as soon as its temporary file exists, and waits for it.</summary>
    private (int ExitCode, bool SawTemporary) RunAndSignal(string[] arguments, string signal)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["exec", RealTool.Path, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var saw = false;
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (Leftovers().Length > 0)
            {
                saw = true;
                Processes.Checked("kill", "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            }
        }

        Assert.True(process.WaitForExit(60_000), "the tool did not stop");
        _ = stdout.Result + stderr.Result;
        return (process.ExitCode, saw);
    }
}
