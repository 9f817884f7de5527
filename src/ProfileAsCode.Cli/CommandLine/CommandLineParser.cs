namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// POSIX-style parsing for a handful of subcommands: <c>--name value</c> or <c>--name=value</c>,
/// <c>--</c> ends the options, global flags may stand anywhere. Small enough to read in one sitting,
/// and every mistake becomes one <see cref="CliException"/> line with exit code 2.
/// </summary>
internal static class CommandLineParser
{
    public static ParsedCommandLine Parse(IReadOnlyList<string> args, IReadOnlyList<CommandSpec> commands)
    {
        CommandSpec? command = null;
        var arguments = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        bool help = false, version = false, noColor = false;
        var verbosity = Verbosity.Normal;
        var optionsEnded = false;

        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (optionsEnded || !token.StartsWith('-') || token == "-")
            {
                if (command is null)
                {
                    command = commands.FirstOrDefault(c => c.Name == token)
                        ?? throw new CliException($"unknown command '{token}'; the commands are {string.Join(", ", commands.Select(c => c.Name))} (see --help)");
                }
                else
                {
                    arguments.Add(token);
                }

                continue;
            }

            switch (token)
            {
                case "--":
                    optionsEnded = true;
                    continue;
                case "-h" or "--help" or "-?":
                    help = true;
                    continue;
                case "--version":
                    version = true;
                    continue;
                case "-q" or "--quiet":
                    verbosity = Verbosity.Quiet;
                    continue;
                case "-v" or "--verbose":
                    verbosity = Verbosity.Verbose;
                    continue;
                case "--no-color":
                    noColor = true;
                    continue;
            }

            var (name, inlineValue) = SplitInlineValue(token);
            var spec = command?.FindOption(name)
                ?? throw new CliException(command is null
                    ? $"unknown option '{name}'; give a command first (see --help)"
                    : $"unknown option '{name}' for '{command.Name}' (see {command.Name} --help)");
            var value = spec.IsFlag
                ? inlineValue is null ? "true" : throw new CliException($"option '{name}' takes no value")
                : inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new CliException($"option '{name}' needs a value: {name} {spec.ValueName}"));
            if (spec.AllowedValues is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
            {
                throw new CliException($"option '{name}' does not accept '{value}'; use one of: {string.Join(", ", allowed)}");
            }

            if (!options.TryAdd(name, value))
            {
                throw new CliException($"option '{name}' is given twice");
            }
        }

        if (command is not null && !help)
        {
            CheckArguments(command, arguments, options);
        }

        return new ParsedCommandLine
        {
            Command = command,
            Arguments = arguments,
            Options = options,
            ShowHelp = help,
            ShowVersion = version,
            Verbosity = verbosity,
            NoColor = noColor,
        };
    }

    private static void CheckArguments(CommandSpec command, List<string> arguments, Dictionary<string, string> options)
    {
        if (arguments.Count < command.MinArguments)
        {
            throw new CliException($"'{command.Name}' needs {command.ArgumentsUsage} (see {command.Name} --help)");
        }

        if (arguments.Count > command.MaxArguments)
        {
            throw new CliException($"'{command.Name}' takes {command.ArgumentsUsage}; unexpected '{arguments[command.MaxArguments]}'");
        }

        foreach (var option in command.Options.Where(o => o.Required && !options.ContainsKey(o.Name)))
        {
            throw new CliException($"'{command.Name}' needs {option.Name} {option.ValueName}");
        }
    }

    private static (string Name, string? Value) SplitInlineValue(string token)
    {
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (token, null) : (token[..equals], token[(equals + 1)..]);
    }
}
