namespace ProfileAsCode.Signing.Identity;

internal static class SigningFile
{
    public static byte[] ReadAllBytes(string path, string role)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SigningException(SigningError.FileNotFound, path, $"The {role} file does not exist.", "Check the path (relative paths are resolved from the current directory).", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SigningException(SigningError.FileNotFound, path, $"The {role} file cannot be read: {e.Message}", "Check that the file exists and is readable.", e);
        }
    }

    public static bool LooksLikePem(ReadOnlySpan<byte> bytes)
        => System.Text.Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]).Contains("-----BEGIN ", StringComparison.Ordinal);
}
