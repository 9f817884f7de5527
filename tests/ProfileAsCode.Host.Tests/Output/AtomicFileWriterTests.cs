using System.Text;
using ProfileAsCode.Host.Output;

namespace ProfileAsCode.Host.Tests.Output;

public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void NewFile_IsWritten_CreatingTheFolder_AndLeavesNoTemporaryFile()
    {
        var path = temp.Combine("profiles", "a.mobileconfig");

        Assert.Equal(WriteOutcome.Written, AtomicFileWriter.WriteIfChanged(path, Encoding.UTF8.GetBytes("one")));

        Assert.Equal("one", File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(temp.Combine("profiles")));
    }

    [Fact]
    public void SameBytes_AreNotRewritten_SoTheTimestampStays()
    {
        var path = temp.Combine("a.mobileconfig");
        AtomicFileWriter.WriteIfChanged(path, Encoding.UTF8.GetBytes("same"));
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        Assert.Equal(WriteOutcome.Unchanged, AtomicFileWriter.WriteIfChanged(path, Encoding.UTF8.GetBytes("same")));

        Assert.Equal(old, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void DifferentBytes_ReplaceTheFileWhole()
    {
        var path = temp.Combine("a.mobileconfig");
        AtomicFileWriter.WriteIfChanged(path, Encoding.UTF8.GetBytes("a much longer first version"));

        Assert.Equal(WriteOutcome.Written, AtomicFileWriter.WriteIfChanged(path, Encoding.UTF8.GetBytes("short")));

        Assert.Equal("short", File.ReadAllText(path));
    }

    [Fact]
    public void FailedWrite_LeavesTheOldFileAndNoTemporaryFile()
    {
        var path = temp.Combine("a.mobileconfig");
        AtomicFileWriter.WriteIfChanged(path, Encoding.UTF8.GetBytes("old"));
        // A folder where the file should go makes the final rename fail after the temporary file is written.
        var blocked = temp.Combine("blocked");
        Directory.CreateDirectory(blocked);

        Assert.ThrowsAny<IOException>(() => AtomicFileWriter.WriteIfChanged(blocked, Encoding.UTF8.GetBytes("new")));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }
}
