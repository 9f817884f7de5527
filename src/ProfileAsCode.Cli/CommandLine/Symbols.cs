using System.CommandLine;
using System.CommandLine.Parsing;

namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// The kinds of argument and option the commands share, each with its checks: a path is never empty,
/// a file to write is not a folder, a choice names its values. A failed check is a usage error
/// (one line, exit 2) before any file is touched.
/// </summary>
internal static class Symbols
{
    /// <summary>A subcommand with its arguments and options, in the order help lists them.</summary>
    public static Command Command(string name, string description, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
                default:
                    throw new ArgumentException($"{symbol.Name} is neither an argument nor an option", nameof(symbols));
            }
        }

        return command;
    }

    /// <summary>One input file: <c>FILE</c>.</summary>
    public static Argument<string> InputFile(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result => RejectEmpty(result, name));
        return argument;
    }

    /// <summary>One or more files or folders: <c>FILE|FOLDER...</c> (or another <paramref name="name"/>, such as <c>LOG.json...</c>).</summary>
    public static Argument<string[]> InputFiles(string description, string name = "FILE|FOLDER")
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.OneOrMore };
        argument.Validators.Add(result => RejectEmpty(result, name));
        return argument;
    }

    /// <summary>An option naming a file to read, or a folder to write into.</summary>
    public static Option<string> Path(string name, string valueName, string description, bool required = false)
    {
        var option = new Option<string>(name) { Description = description, HelpName = valueName, Required = required };
        option.Validators.Add(result => RejectEmpty(result, name));
        return option;
    }

    /// <summary>An option naming a file to write: it must not be empty or name a folder.</summary>
    public static Option<string> OutputFile(string description, bool required = false)
    {
        const string Name = "--out";
        var option = Path(Name, "FILE", description, required);
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: { Length: > 0 } path }]
                && (Directory.Exists(path) || path.EndsWith('/') || path.EndsWith(System.IO.Path.DirectorySeparatorChar)))
            {
                result.AddError($"{Name} {Printable.Quote(path)} is a folder; give the file to write, e.g. {System.IO.Path.Combine(path, "profile.mobileconfig")}");
            }
        });
        return option;
    }

    /// <summary>An option whose value is one of a fixed set, offered as completions and named in help.</summary>
    public static Option<string> Choice(string name, string description, IReadOnlyList<string> values, string? defaultValue = null)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join("|", values),
            Required = defaultValue is null,
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.CompletionSources.Add(values.ToArray());
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"option '{name}' does not accept {Printable.Quote(value)}; use one of: {string.Join(", ", values)}");
            }
        });
        return option;
    }

    /// <summary>A switch: on when given, and it takes no value (<c>--signature-only</c>, not <c>--signature-only=true</c>).</summary>
    public static Option<bool> Flag(string name, string description, params string[] aliases) =>
        new(name, aliases) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>An option that takes free text (a name, a number), checked where it is used.</summary>
    public static Option<string> Text(string name, string valueName, string description) =>
        new(name) { Description = description, HelpName = valueName };

    /// <summary><c>--max-input-size SIZE</c>: the largest input file read (<see cref="Input.InputLimits"/>), over the environment variable.</summary>
    public static Option<string> MaxInputSize()
    {
        const string Name = "--max-input-size";
        var option = Text(
            Name, "SIZE",
            $"Largest input file read: bytes or K, M, G (default {Input.InputLimits.Describe(Input.InputLimits.DefaultMaxFileBytes)}; also {Input.InputLimits.EnvironmentVariable})");
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && Input.InputLimits.ParseSize(value) is null)
            {
                result.AddError($"{Name} {Printable.Quote(value)} is not a size; give bytes, or a whole number with K, M or G (binary multiples), e.g. 256M");
            }
        });
        return option;
    }

    /// <summary><c>--domain</c>: the preference domain of bare plists whose file names do not say it.</summary>
    public static Option<string> Domain() => Text("--domain", "DOMAIN", "Preference domain of bare .plist files whose names do not say it");

    /// <summary>
    /// The one value given for <paramref name="option"/>, read from its token: a command's validator must
    /// not trip over an error another check reports (<c>--to xml --to binary</c>).
    /// </summary>
    public static string? Given(SymbolResult result, Option option) => result.GetResult(option)?.Tokens is [{ Value: var value }] ? value : null;

    /// <summary>Whether a <see cref="Flag"/> is given.</summary>
    public static bool IsOn(SymbolResult result, Option<bool> flag) => result.GetResult(flag) is { Implicit: false };

    private static void RejectEmpty(SymbolResult result, string name)
    {
        if (result.Tokens.Any(t => t.Value.Length == 0))
        {
            result.AddError($"{name} is empty; give a file name");
        }
    }
}
