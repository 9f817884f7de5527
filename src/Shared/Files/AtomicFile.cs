namespace ProfileAsCode.Files;

internal enum WriteOutcome
{
    Written,

    /// <summary>The file already held these bytes and was left alone, timestamps too.</summary>
    Unchanged,
}

/// <summary>
/// Writes a file so that readers only ever see the old bytes or the new bytes: the new content goes
/// to a temporary file in the destination folder (see <see cref="TempFiles"/>), is flushed to disk,
/// and is renamed over the destination. Only a missing path or a regular file is ever replaced:
/// folders, devices (/dev/null), named pipes, sockets and links to any of them are refused.
/// </summary>
/// <remarks>
/// The rename is atomic on one file system (POSIX rename(2); MoveFileEx on Windows). The folder entry
/// itself is not flushed (.NET cannot open a folder to fsync it), so a power cut right after the rename
/// may bring back the old file, but never a partial one. Linked as source into the CLI and the build
/// host, which may use only the BCL and the ProfileAsCode library at run time.
/// </remarks>
internal static class AtomicFile
{
    /// <param name="path">The destination.</param>
    /// <param name="content">The new bytes.</param>
    /// <param name="skipIfUnchanged">Leave the file untouched when it already holds <paramref name="content"/>, so nothing downstream rebuilds.</param>
    /// <exception cref="NotARegularFileException">The destination exists and is not a regular file.</exception>
    /// <exception cref="IOException">The file could not be written (the message says why).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file is not writable.</exception>
    public static WriteOutcome Write(string path, ReadOnlySpan<byte> content, bool skipIfUnchanged = false)
    {
        var full = Path.GetFullPath(path);
        EnsureReplaceable(full);
        if (skipIfUnchanged && HasContent(full, content))
        {
            return WriteOutcome.Unchanged;
        }

        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        TempFiles.RemoveStale(directory);
        var temporary = TempFiles.NewPath(directory, Path.GetFileName(full));
        try
        {
            using (var stream = TempFiles.Create(temporary))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);

                // On Unix the rename happens while the file is still held, so a concurrent cleanup never sees it unheld;
                // Windows cannot rename a file it holds without sharing delete access.
                if (!OperatingSystem.IsWindows())
                {
                    TempFiles.Commit(temporary, () => MoveIntoPlace(temporary, full));
                }
            }

            if (OperatingSystem.IsWindows())
            {
                TempFiles.Commit(temporary, () => MoveIntoPlace(temporary, full));
            }

            return WriteOutcome.Written;
        }
        catch
        {
            TempFiles.Delete(temporary);
            throw;
        }
    }

    /// <summary>Throws <see cref="NotARegularFileException"/> unless <paramref name="path"/> is missing or a regular file.</summary>
    public static void EnsureReplaceable(string path)
    {
        var kind = FileKinds.Of(path);
        if (kind is not (FileKind.Missing or FileKind.RegularFile or FileKind.Unknown))
        {
            throw new NotARegularFileException(path, kind);
        }
    }

    /// <summary>Renames <paramref name="source"/> over <paramref name="destination"/>, checking again right before that the destination may be replaced.</summary>
    public static void MoveIntoPlace(string source, string destination)
    {
        EnsureReplaceable(destination);
        File.Move(source, destination, overwrite: true);
    }

    private static bool HasContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }
}

/// <summary>A destination that exists and is not a regular file: a writer refuses to replace it.</summary>
internal sealed class NotARegularFileException(string path, FileKind kind)
    : IOException($"'{path}' is {FileKinds.Describe(kind)}, not a regular file; it is not replaced.")
{
    public string Path { get; } = path;

    public FileKind Kind { get; } = kind;

    /// <summary>The problem without the path, for messages that name the file already.</summary>
    public string Problem => $"is {FileKinds.Describe(Kind)}, not a regular file; refusing to replace it (give the path of a file to write)";
}
