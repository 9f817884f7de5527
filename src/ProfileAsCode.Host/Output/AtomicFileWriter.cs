namespace ProfileAsCode.Host.Output;

internal enum WriteOutcome
{
    Written,
    Unchanged,
}

/// <summary>
/// Writes a file so that readers only ever see the old bytes or the new bytes: identical content is
/// left alone (timestamps too, so nothing downstream rebuilds), new content goes to a temporary file
/// in the same folder and is renamed over the target.
/// </summary>
internal static class AtomicFileWriter
{
    public static WriteOutcome WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && HasContent(path, content))
        {
            return WriteOutcome.Unchanged;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content, 0, content.Length);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }

        return WriteOutcome.Written;
    }

    private static bool HasContent(string path, byte[] content)
    {
        var info = new FileInfo(path);
        return info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original error is the one worth reporting.
        }
    }
}
