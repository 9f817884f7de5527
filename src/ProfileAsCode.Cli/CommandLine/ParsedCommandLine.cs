namespace ProfileAsCode.Cli.CommandLine;

internal sealed class ParsedCommandLine
{
    public CommandSpec? Command { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    public bool ShowHelp { get; init; }

    public bool ShowVersion { get; init; }

    public Verbosity Verbosity { get; init; } = Verbosity.Normal;

    public bool NoColor { get; init; }

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;
}
