using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Signing;

namespace ProfileAsCode.Cli.Signing;

internal static class SigningErrors
{
    /// <summary>The signing library's error as the tool's one line: file first, then the problem and the fix (never a password).</summary>
    public static CliException ToCli(SigningException exception) =>
        exception.File is null
            ? new CliException($"{exception.Problem} {exception.Fix}")
            : CliException.InFile(exception.File, $"{exception.Problem} {exception.Fix}");
}
