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
    [InlineData("TERM", 15)]
    [InlineData("INT", 2)]
    public void Signal_DuringTheWrite_RemovesTheTemporaryFile(string signal, int number)
    {
        var input = LargeBinaryPlist();
        var output = dir.File("out.plist");
        if (IgnoredByThisProcess(number))
        {
            // Started as a background job of a shell without job control, this test run ignores SIGINT, and so
            // does the tool it starts: the signal cannot interrupt it, and the write must simply complete.
            var (completed, _) = RunAndSignal(["convert", input, "--to", "xml", "--out", output], signal);
            Assert.Equal(0, completed);
            Assert.True(File.Exists(output));
            Assert.Empty(Leftovers());
            return;
        }

        var exitCode = RunUntilCaughtInTheAct(["convert", input, "--to", "xml", "--out", output], signal, output);

        Assert.Equal(128 + number, exitCode);
        if (File.Exists(output))
        {
            // The signal landed as the rename completed: the output is the whole file, never a part of it.
            Assert.Equal(RealTool.Run("convert", input, "--to", "xml").Stdout.Length, File.ReadAllText(output).Length);
        }

        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Kill_LeavesATemporaryFile_WhichTheNextWriteToThatFolderRemoves()
    {
        var input = LargeBinaryPlist();
        var output = dir.File("out.plist");

        var exitCode = RunUntilCaughtInTheAct(["convert", input, "--to", "xml", "--out", output], "KILL", output);

        Assert.Equal(137, exitCode);
        Assert.Single(Leftovers());
        Assert.False(File.Exists(output));

        var next = RealTool.Run("convert", input, "--to", "binary", "--out", dir.File("other.plist"));

        Assert.Equal(0, next.ExitCode);
        Assert.Empty(Leftovers());
    }

    /// <summary>Whether signal <paramref name="number"/> is ignored here (and so in the processes this one starts): Linux's /proc says.</summary>
    private static bool IgnoredByThisProcess(int number)
    {
        const string Status = "/proc/self/status";
        var line = File.Exists(Status) ? File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (number - 1))) != 0;
    }

    /// <summary>Hidden temporary files of any writer (ours end in .pac-tmp; the writer before them used .tmp).</summary>
    private string[] Leftovers() => Directory.GetFileSystemEntries(dir.Path, ".*tmp");

    /// <summary>About 45 MB binary, 50 MB as XML: the write takes long enough to be caught in the act.</summary>
    private string LargeBinaryPlist()
    {
        var entries = Enumerable.Range(0, 600_000).Select(i => new KeyValuePair<string, PlistValue>($"k{i:D7}", new string('v', 40) + i));
        return dir.Write("large.plist", PropertyListSerializer.WriteBinary(new PlistDictionary(entries)));
    }

    /// <summary>
    /// Runs the tool and signals it the moment its temporary file appears. On a busy machine the signal
    /// can land after the rename: then the output must be whole and nothing left, and the run is repeated.
    /// </summary>
    private int RunUntilCaughtInTheAct(string[] arguments, string signal, string output)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (exitCode, sawTemporary) = RunAndSignal(arguments, signal);
            if (exitCode != 0)
            {
                Assert.True(sawTemporary, $"exit {exitCode} before the temporary file appeared");
                return exitCode;
            }

            Assert.Empty(Leftovers());
            Assert.Equal(RealTool.Run("convert", arguments[1], "--to", "xml").Stdout.Length, File.ReadAllText(output).Length);
            File.Delete(output);
        }

        Assert.Fail("the signal never arrived while the file was being written");
        return 0;
    }

    /// <summary>Starts the tool, sends <paramref name="signal"/> as soon as its temporary file exists, and waits for it.</summary>
    private (int ExitCode, bool SawTemporary) RunAndSignal(string[] arguments, string signal)
    {
        var start = new ProcessStartInfo(RealTool.CommandLine[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[.. RealTool.CommandLine.Skip(1), .. arguments])
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
