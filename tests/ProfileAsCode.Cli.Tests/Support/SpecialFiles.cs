namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>Named pipes and links to devices, made with the system's own tools (.NET has no mkfifo).</summary>
internal static class SpecialFiles
{
    public static string Fifo(TempDirectory dir, string name)
    {
        var path = dir.File(name);
        Processes.Checked("mkfifo", path);
        return path;
    }

    /// <summary>A symbolic link to /dev/null: a writer that wrongly replaced it would replace the link, never the device.</summary>
    public static string LinkToDevNull(TempDirectory dir, string name) =>
        File.CreateSymbolicLink(dir.File(name), "/dev/null").FullName;
}
