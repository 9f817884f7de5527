using ProfileAsCode.Files;

namespace ProfileAsCode.Host.Output;

/// <summary>
/// The list of files the profiles consist of, one full path a line. The package's targets read it
/// to find deleted profiles and to delete the profiles on `dotnet clean`; the host reads last
/// build's list to remove files of profiles that no longer exist.
/// </summary>
internal static class FileList
{
    public static IReadOnlyList<string> Read(string path) =>
        File.Exists(path) ? File.ReadAllLines(path).Where(line => line.Length > 0).ToList() : Array.Empty<string>();

    public static void Write(string path, IEnumerable<string> files) =>
        AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(string.Concat(files.Select(f => f + "\n"))), skipIfUnchanged: true);

    /// <summary>Deletes files listed last time that are not produced now, but only inside <paramref name="outputDirectory"/>.</summary>
    public static void RemoveStale(IReadOnlyList<string> previous, IReadOnlyList<string> current, string outputDirectory)
    {
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var file in previous.Except(current, StringComparer.Ordinal))
        {
            if (Path.GetFullPath(file).StartsWith(root, StringComparison.Ordinal) && File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }
}
