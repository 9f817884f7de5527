using System.CommandLine;
using System.CommandLine.Parsing;

namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// A command line System.CommandLine could not accept, as one line: what is wrong and where to look
/// (<c>COMMAND --help</c>). The tool exits with <see cref="ExitCode.BadInput"/>, not System.CommandLine's 1,
/// which here means "findings".
/// </summary>
internal static class UsageError
{
    public static string Line(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var see = command is RootCommand ? "see --help" : $"see {command.Name} --help";
        return $"{Problem(parseResult, command)} ({see})";
    }

    private static string Problem(ParseResult parseResult, Command command)
    {
        // An unknown word is the commonest mistake; say what it was taken for.
        if (parseResult.UnmatchedTokens is [var token, ..])
        {
            var quoted = Printable.Quote(token);
            return token.StartsWith('-')
                ? command is RootCommand ? $"unknown option {quoted}" : $"unknown option {quoted} for '{command.Name}'"
                : command is RootCommand
                    ? $"unknown command {quoted}; the commands are {string.Join(", ", command.Subcommands.Select(c => c.Name))}"
                    : $"unexpected argument {quoted} for '{command.Name}'";
        }

        // System.CommandLine's own messages ("Option '--to' is required.") and the validators' ones.
        var message = parseResult.Errors[0].Message;
        return string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
    }
}
