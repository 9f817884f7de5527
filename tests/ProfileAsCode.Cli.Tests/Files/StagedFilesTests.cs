using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Files;

namespace ProfileAsCode.Cli.Tests.Files;

public sealed class StagedFilesTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void EveryFile_IsWritten_AndTheStageIsGone()
    {
        var existing = dir.Write("b.cs", "old"u8.ToArray());

        StagedFiles.WriteAll([(dir.File("a.cs"), "A"u8.ToArray()), (existing, "B"u8.ToArray()), (Path.Combine(dir.Path, "sub", "c.cs"), "C"u8.ToArray())]);

        Assert.Equal(["a.cs", "b.cs", "sub/c.cs"], dir.Listing());
        Assert.Equal("B", File.ReadAllText(existing));
    }

    [Fact]
    public void AFailureOnTheFourthFile_LeavesNothingWritten()
    {
        var old = dir.Write("two.cs", "old"u8.ToArray());
        var notAFolder = dir.Write("not-a-folder", []);

        Assert.ThrowsAny<IOException>(() => StagedFiles.WriteAll(
        [
            (dir.File("one.cs"), "1"u8.ToArray()),
            (old, "2"u8.ToArray()),
            (dir.File("three.cs"), "3"u8.ToArray()),
            (Path.Combine(notAFolder, "four.cs"), "4"u8.ToArray()),
        ]));

        Assert.Equal(["not-a-folder", "two.cs"], dir.Listing());
        Assert.Equal("old", File.ReadAllText(old));
    }

    [Fact]
    public void ADestinationThatIsNotAFile_IsRefusedBeforeAnythingIsWritten()
    {
        Directory.CreateDirectory(dir.File("four.cs"));

        Assert.Throws<NotARegularFileException>(() => StagedFiles.WriteAll([(dir.File("one.cs"), [1]), (dir.File("four.cs"), [4])]));

        Assert.Empty(dir.Listing());
        Assert.Equal([dir.File("four.cs")], Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void TheSameDestinationTwice_IsAMistake()
    {
        Assert.Throws<ArgumentException>(() => StagedFiles.WriteAll([(dir.File("a.cs"), [1]), (dir.File("./a.cs"), [2])]));
        Assert.Empty(dir.Listing());
    }
}
