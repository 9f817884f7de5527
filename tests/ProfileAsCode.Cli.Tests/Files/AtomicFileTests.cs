using System.Text;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Files;

namespace ProfileAsCode.Cli.Tests.Files;

/// <summary>The one atomic writer (src/Shared/Files, linked into the CLI and the build host).</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void NewFile_IsWritten_CreatingTheFolder_AndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(dir.Path, "profiles", "a.mobileconfig");

        Assert.Equal(WriteOutcome.Written, AtomicFile.Write(path, "one"u8));

        Assert.Equal("one", File.ReadAllText(path));
        Assert.Equal(["profiles/a.mobileconfig"], dir.Listing());
    }

    [Fact]
    public void SkipIfUnchanged_LeavesTheFileAndItsTimestamp()
    {
        var path = dir.File("a.mobileconfig");
        AtomicFile.Write(path, "same"u8);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        Assert.Equal(WriteOutcome.Unchanged, AtomicFile.Write(path, "same"u8, skipIfUnchanged: true));
        Assert.Equal(old, File.GetLastWriteTimeUtc(path));

        Assert.Equal(WriteOutcome.Written, AtomicFile.Write(path, "same"u8));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void DifferentBytes_ReplaceTheFileWhole()
    {
        var path = dir.File("a.mobileconfig");
        AtomicFile.Write(path, "a much longer first version"u8);

        Assert.Equal(WriteOutcome.Written, AtomicFile.Write(path, "short"u8, skipIfUnchanged: true));

        Assert.Equal("short", File.ReadAllText(path));
    }

    [Fact]
    public void Folder_Fifo_AndLinkToADevice_AreRefused_AndLeftAlone()
    {
        var folder = Directory.CreateDirectory(dir.File("folder.mobileconfig")).FullName;
        var fifo = SpecialFiles.Fifo(dir, "pipe.mobileconfig");
        var device = SpecialFiles.LinkToDevNull(dir, "null.mobileconfig");

        foreach (var (path, kind) in new[] { (folder, FileKind.Directory), (fifo, FileKind.Fifo), (device, FileKind.CharacterDevice) })
        {
            var error = Assert.Throws<NotARegularFileException>(() => AtomicFile.Write(path, "new"u8));
            Assert.Equal(kind, error.Kind);
            Assert.Contains($"is {FileKinds.Describe(kind)}, not a regular file", error.Problem, StringComparison.Ordinal);
        }

        Assert.True(Directory.Exists(folder));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo));
        Assert.Equal("/dev/null", new FileInfo(device).LinkTarget);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path, "*" + TempFiles.Suffix));
    }

    [Fact]
    public void FileKinds_NameWhatIsThere()
    {
        var file = dir.Write("f", [1]);
        Assert.Equal(FileKind.RegularFile, FileKinds.Of(file));
        Assert.Equal(FileKind.Directory, FileKinds.Of(dir.Path));
        Assert.Equal(FileKind.Missing, FileKinds.Of(dir.File("missing")));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(SpecialFiles.Fifo(dir, "p")));
        using var stream = File.OpenRead(file);
        Assert.Equal(FileKind.RegularFile, FileKinds.Of(stream.SafeFileHandle));
    }

    [Fact]
    public void LeftoversOfOurs_AreRemovedByTheNextWrite_UnlessAWriterStillHoldsThem()
    {
        var stale = dir.Write($".a.mobileconfig.{Guid.NewGuid():N}{TempFiles.Suffix}", [1, 2, 3]);
        var staleStage = Directory.CreateDirectory(dir.File($".staged.{Guid.NewGuid():N}{TempFiles.Suffix}")).FullName;
        File.WriteAllBytes(Path.Combine(staleStage, TempFiles.StagingLockName), []);
        File.WriteAllBytes(Path.Combine(staleStage, "0"), [1]);
        var held = dir.Write($".b.mobileconfig.{Guid.NewGuid():N}{TempFiles.Suffix}", [4]);
        var notOurs = dir.Write(".a.mobileconfig.tmp", [5]);
        var alsoNotOurs = dir.Write($"a.{Guid.NewGuid():N}{TempFiles.Suffix}", [6]);
        var pipeWithOurName = SpecialFiles.Fifo(dir, $".c.mobileconfig.{Guid.NewGuid():N}{TempFiles.Suffix}");

        using (new FileStream(held, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            AtomicFile.Write(dir.File("a.mobileconfig"), "new"u8);
        }

        Assert.False(File.Exists(stale));
        Assert.False(Directory.Exists(staleStage));
        Assert.True(File.Exists(held));
        Assert.True(File.Exists(notOurs));
        Assert.True(File.Exists(alsoNotOurs));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(pipeWithOurName));
    }

    [Fact]
    public void TemporaryNames_StayShort_ForTheLongestFileName()
    {
        var name = new string('é', 124) + ".plist";   // 254 bytes in UTF-8: a name may have 255
        var path = dir.File(name);

        AtomicFile.Write(path, "x"u8);

        Assert.Equal("x", File.ReadAllText(path));
        Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(TempFiles.NewPath(dir.Path, name))) < 255);
        Assert.True(TempFiles.IsOurs(Path.GetFileName(TempFiles.NewPath(dir.Path, name))));
    }
}
