using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Files;

namespace ProfileAsCode.Cli.Input;

/// <summary>
/// Reads an input file's bytes, bounded: only a regular file (a folder, device, named pipe or socket is
/// refused by its type before it is opened, so a FIFO cannot make the tool wait and /dev/zero cannot
/// fill memory), at most <see cref="InputLimits.MaxFileBytes"/>, into one buffer of the file's size.
/// Every failure is a <see cref="CliException"/> naming the file.
/// </summary>
/// <remarks>
/// The whole file is read: the plist readers and the CMS decoder work on the complete document, so
/// streaming would only add a copy. The size is checked before reading, and the read stops at the
/// limit even if the file grows meanwhile. A path swapped for a FIFO between the type check and the
/// open would still block the open; a swap for a device is caught by the check on the open handle.
/// </remarks>
internal static class InputFile
{
    public static byte[] ReadBytes(string path, InputLimits limits)
    {
        var kind = FileKinds.Of(path);
        switch (kind)
        {
            case FileKind.Missing:
                throw CliException.InFile(path, "no such file");
            case FileKind.Directory:
                throw CliException.InFile(path, "is a folder, not a file; give the profile file inside it (import and validate also take a folder)");
            case not (FileKind.RegularFile or FileKind.Unknown):
                throw NotRegular(path, kind);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var opened = FileKinds.Of(stream.SafeFileHandle);
            if (opened is not (FileKind.RegularFile or FileKind.Unknown))
            {
                throw NotRegular(path, opened);
            }

            var length = stream.Length;
            if (length > limits.MaxFileBytes)
            {
                throw TooLarge(path, length, limits);
            }

            return ReadAtMost(stream, (int)length, limits, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.InFile(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot be read ({e.Message})");
        }
    }

    /// <summary>Reads to the end, expecting <paramref name="expected"/> bytes but accepting a file that shrank or grew, never past the limit.</summary>
    private static byte[] ReadAtMost(FileStream stream, int expected, InputLimits limits, string path)
    {
        var buffer = new byte[expected];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                // At the expected end: one byte more means the file grew (or reports no size, as /proc files do).
                var next = stream.ReadByte();
                if (next < 0)
                {
                    return buffer;
                }

                if (filled + 1L > limits.MaxFileBytes)
                {
                    throw TooLarge(path, null, limits);
                }

                Array.Resize(ref buffer, (int)Math.Min(limits.MaxFileBytes, Math.Max(4096, 2L * buffer.Length)));
                buffer[filled++] = (byte)next;
                continue;
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                return filled == buffer.Length ? buffer : buffer[..filled];
            }

            filled += read;
        }
    }

    private static CliException NotRegular(string path, FileKind kind) =>
        CliException.InFile(path, $"is {FileKinds.Describe(kind)}, not a regular file; profiles are read only from regular files");

    /// <param name="length">The file's size when known (null: it grew while being read).</param>
    private static CliException TooLarge(string path, long? length, InputLimits limits) =>
        CliException.InFile(path, (length is { } size ? $"is {InputLimits.Describe(size)}, over" : "is over")
            + $" the input limit of {InputLimits.Describe(limits.MaxFileBytes)} (profiles are far smaller); if it really is a profile, raise the limit, e.g. --max-input-size 256M (or {InputLimits.EnvironmentVariable}=256M)");
}
