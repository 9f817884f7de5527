namespace ProfileAsCode.Signing;

internal static class AtomicFile
{
    /// <summary>Writes a temporary file beside the target and renames it over the target.</summary>
    public static void Write(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new SigningException(SigningError.CannotWriteOutput, path, $"The output cannot be written ({e.Message}).", "Check that the folder exists and is writable.", e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder is gone or unwritable: there is no temporary file to clean up.
        }
    }
}
