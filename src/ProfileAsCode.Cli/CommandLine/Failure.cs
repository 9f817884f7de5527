using System.Security.Cryptography;
using ProfileAsCode.Cli.Signing;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Signing;

namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// An exception that ended a command, as the one line the user sees and the exit code: bad input
/// (a file that is not what it claims, a folder that cannot be written) is <see cref="ExitCode.BadInput"/>;
/// anything else is a bug of ours, <see cref="ExitCode.Bug"/>, whose stack trace only <c>-v</c> prints.
/// </summary>
internal sealed record Failure(int ExitCode, string Line)
{
    /// <param name="exception">What was thrown.</param>
    /// <param name="inputFile">The command's one input file, named in messages that do not name a file themselves.</param>
    public static Failure From(Exception exception, string? inputFile) => exception switch
    {
        CliException e => BadInput(e.Message, file: null),
        SigningException e => BadInput(SigningErrors.ToCli(e).Message, file: null),
        // Readers and writers that do not know the file name: a value the other format cannot hold, a broken plist.
        PlistWriteException e => BadInput($"cannot be written in that format: {e.Message}", inputFile),
        PlistFormatException e => BadInput($"not a valid property list: {e.Message}", inputFile),
        // Malformed DER inside a signature (a broken signingTime attribute, a truncated certificate).
        CryptographicException e => BadInput($"the signature cannot be read ({e.Message.TrimEnd('.')}); the file is damaged: sign the profile again or get a fresh copy", inputFile),
        // The file system said no (permissions, a full disk); its message names the path.
        IOException or UnauthorizedAccessException => BadInput($"{exception.Message.TrimEnd('.')}; check the path, its permissions and the free space", file: null),
        _ => new Failure(
            CommandLine.ExitCode.Bug,
            $"internal error: {exception.GetType().Name}: {exception.Message} "
                + $"This is a bug in {App.ToolName} {App.Version}, not in your input; please report it with the command line (-v prints the stack trace)."),
    };

    private static Failure BadInput(string message, string? file) =>
        new(CommandLine.ExitCode.BadInput, file is null || message.StartsWith(Printable.Path(file) + ":", StringComparison.Ordinal) ? message : $"{Printable.Path(file)}: {message}");
}
