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
        var see = command is RootCommand ? "see --help" : $"see {Path(command)} --help";
        return $"{Problem(parseResult, command)} ({see})";
    }

    private static string Problem(ParseResult parseResult, Command command)
    {
        // An unknown word is the commonest mistake; say what it was taken for.
        if (parseResult.UnmatchedTokens is [var token, ..])
        {
            var quoted = Printable.Quote(token);
            if (FlagBefore(parseResult, token) is { } flag)
            {
                return $"option '{flag}' takes no value; unexpected {quoted}";
            }

            var where = command is RootCommand ? "" : $" for '{Path(command)}'";
            return token.StartsWith('-')
                ? $"unknown option {quoted}{where}"
                : command.Subcommands.Count > 0 && command.Arguments.Count == 0
                    ? $"unknown command {quoted}{where}; the commands are {string.Join(", ", command.Subcommands.Select(c => c.Name))}"
                    : $"unexpected argument {quoted}{where}";
        }

        // System.CommandLine's own messages ("Option '--to' is required.") and the validators' ones.
        var message = parseResult.Errors[0].Message;
        return string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
    }

    /// <summary>A subcommand with the groups above it, as it is typed: <c>entra check</c>.</summary>
    private static string Path(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault() is { } parent and not RootCommand ? Path(parent) + " " + command.Name : command.Name;

    /// <summary>The switch just before <paramref name="unmatched"/>, if it is one: <c>--signature-only=yes</c> gives a value to a switch.</summary>
    private static string? FlagBefore(ParseResult parseResult, string unmatched)
    {
        var tokens = parseResult.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Value == unmatched && tokens[i - 1] is { Type: TokenType.Option, Value: var name }
                && Switches(parseResult.CommandResult.Command).Any(o => o.Name == name || o.Aliases.Contains(name)))
            {
                return name;
            }
        }

        return null;
    }

    private static IEnumerable<Option> Switches(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
            .Where(o => o.Arity.MaximumNumberOfValues == 0);
}
