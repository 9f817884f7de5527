using ProfileAsCode.Host.Output;

namespace ProfileAsCode.Host.Tests.Output;

public sealed class FileListTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void List_RoundTrips()
    {
        var list = temp.File("obj", "files.txt");

        FileList.Write(list, new[] { "/a/x.mobileconfig", "/a/y.mobileconfig" });

        Assert.Equal(new[] { "/a/x.mobileconfig", "/a/y.mobileconfig" }, FileList.Read(list));
        Assert.Empty(FileList.Read(temp.File("missing.txt")));
    }

    [Fact]
    public void RemoveStale_DeletesFilesOfProfilesThatAreGone_ButNeverOutsideTheOutputFolder()
    {
        var output = temp.File("profiles");
        var kept = temp.Write("profiles/kept.mobileconfig", "k");
        var gone = temp.Write("profiles/gone.mobileconfig", "g");
        var outside = temp.Write("elsewhere/user.mobileconfig", "u");

        FileList.RemoveStale(new[] { kept, gone, outside }, new[] { kept }, output);

        Assert.True(File.Exists(kept));
        Assert.False(File.Exists(gone));
        Assert.True(File.Exists(outside));
    }
}
