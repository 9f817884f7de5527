using System.Text;
using ProfileAsCode.Cli.Commands;

namespace ProfileAsCode.Cli.CommandLine;

internal static class HelpText
{
    private const string GlobalOptions = """
        Options for every command:
          -h, --help       Show help (for a command: profile-as-code COMMAND --help)
          --version        Show the tool's version
          -q, --quiet      Print only results and errors
          -v, --verbose    Also print what is being done, file by file
          --no-color       No colours (also: NO_COLOR=1; colour is used only on a terminal)

        Exit codes: 0 ok, 1 findings or differences, 2 bad input or usage (nothing written).
        """;

    public static string General(IReadOnlyList<ICommand> commands)
    {
        var text = new StringBuilder();
        text.AppendLine($"{App.ToolName} {App.Version}: configuration profiles (.mobileconfig) as C# records.");
        text.AppendLine();
        text.AppendLine($"Usage: {App.ToolName} COMMAND [options] ARGUMENTS");
        text.AppendLine();
        text.AppendLine("Commands:");
        foreach (var command in commands)
        {
            text.AppendLine($"  {command.Spec.Name,-10} {command.Spec.Summary}");
        }

        text.AppendLine();
        text.Append(GlobalOptions);
        return text.ToString();
    }

    public static string ForCommand(CommandSpec command)
    {
        var text = new StringBuilder();
        var options = string.Concat(command.Options.Select(o => o.Required ? $" {o.Usage}" : $" [{o.Usage}]"));
        text.AppendLine($"Usage: {App.ToolName} {command.Name} {command.ArgumentsUsage}{options}");
        text.AppendLine();
        text.AppendLine(command.Summary);
        if (command.Options.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Options:");
            foreach (var option in command.Options)
            {
                var allowed = option.AllowedValues is null ? "" : $" ({string.Join("|", option.AllowedValues)})";
                text.AppendLine($"  {option.Usage,-22} {option.Help}{allowed}");
            }
        }

        text.AppendLine();
        text.Append(GlobalOptions);
        return text.ToString();
    }
}
