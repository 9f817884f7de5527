using ProfileAsCode.Files;

namespace ProfileAsCode.Signing.Identity;

/// <summary>
/// Reads a certificate, key, chain or root file: only a regular file (a device or named pipe is refused by its type, so
/// /dev/zero cannot fill memory and a FIFO cannot make the build wait) and at most <see cref="MaxBytes"/>.
/// </summary>
internal static class SigningFile
{
    /// <summary>Certificates, keys and PKCS#12 files are kilobytes and a CA bundle a few hundred; 4 MiB only stops accidents.</summary>
    public const int MaxBytes = 4 << 20;

    public static byte[] ReadAllBytes(string path, string role)
    {
        var kind = FileKinds.Of(path);
        if (kind is not (FileKind.RegularFile or FileKind.Unknown or FileKind.Missing))
        {
            throw new SigningException(SigningError.FileNotFound, path, $"The {role} file is {FileKinds.Describe(kind)}, not a regular file.", "Give the path of the file itself.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var opened = FileKinds.Of(stream.SafeFileHandle);
            if (opened is not (FileKind.RegularFile or FileKind.Unknown))
            {
                throw new SigningException(SigningError.FileNotFound, path, $"The {role} file is {FileKinds.Describe(opened)}, not a regular file.", "Give the path of the file itself.");
            }

            if (stream.Length > MaxBytes)
            {
                throw TooLarge(path, role);
            }

            var buffer = new byte[MaxBytes + 1];
            var filled = 0;
            int read;
            while (filled < buffer.Length && (read = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += read;
            }

            return filled > MaxBytes ? throw TooLarge(path, role) : buffer[..filled];
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

    private static SigningException TooLarge(string path, string role) =>
        new(SigningError.MalformedFile, path, $"The {role} file is over the {MaxBytes >> 20} MiB limit for certificate and key files; it is not one.", "Give the certificate, key or PEM bundle itself.");
}
