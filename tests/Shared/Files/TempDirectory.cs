namespace ProfileAsCode.Testing;

/// <summary>A fresh folder under the system's temp folder for one test, deleted with everything in it when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pac-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The path of a file or folder below this one (nothing is created).</summary>
    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes text as UTF-8 without a BOM, creating the folders on the way; returns the full path.</summary>
    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Writes the bytes, creating the folders on the way; returns the full path.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        var path = File(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every file below the folder, relative, sorted: to show that a failed command wrote nothing.</summary>
    public IReadOnlyList<string> Listing() =>
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(Path, f)).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process a test started may still hold a file; the temp folder is the system's to clean then.
        }
        catch (UnauthorizedAccessException)
        {
            // A test that made a file unreadable on purpose; same as above.
        }
    }
}
