using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Files;

namespace ProfileAsCode.Cli.Files;

/// <summary>The tool's writes: whole or not at all (<see cref="AtomicFile"/>, <see cref="StagedFiles"/>), every failure one <see cref="CliException"/> naming the file.</summary>
internal static class OutputFiles
{
    public static void Write(string path, byte[] bytes)
    {
        try
        {
            AtomicFile.Write(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(path, e);
        }
    }

    /// <summary>Writes every file or, when one cannot be written, none of them.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Content)> files)
    {
        try
        {
            StagedFiles.WriteAll(files);
        }
        catch (NotARegularFileException e)
        {
            throw Failure(files.First(f => Path.GetFullPath(f.Path) == e.Path).Path, e);
        }
        catch (StagedWriteException e)
        {
            throw CliException.InFile(files.First(f => Path.GetFullPath(f.Path) == e.Path).Path, $"cannot be written ({e.InnerException!.Message}); no file was written, check that the folder is writable");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"the files cannot be moved into place ({e.Message}); check that the folder is writable");
        }
    }

    private static CliException Failure(string path, Exception e) => e is NotARegularFileException refused
        ? CliException.InFile(path, refused.Problem)
        : CliException.InFile(path, $"cannot be written ({e.Message}); check that the folder is writable");
}
