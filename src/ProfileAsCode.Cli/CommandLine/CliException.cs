namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// A problem the user can fix (a bad option, a file that is not a profile). Printed as one line,
/// never as a stack trace; the command exits with <see cref="ExitCode.BadInput"/>.
/// </summary>
internal sealed class CliException(string message) : Exception(message)
{
    /// <summary>A problem with one input file: the message starts with the file's name, escaped (a name found in a folder is untrusted text).</summary>
    public static CliException InFile(string path, string problem) => new($"{Printable.Path(path)}: {problem}");
}
