namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// An option that takes a value (<c>--out DIR</c>), with the values it accepts if they are a fixed set;
/// or, with <paramref name="IsFlag"/>, a switch that takes none (<c>--signature-only</c>, read as "true").
/// </summary>
internal sealed record OptionSpec(string Name, string ValueName, string Help, IReadOnlyList<string>? AllowedValues = null, bool Required = false, bool IsFlag = false)
{
    public string Usage => IsFlag ? Name : Name + " " + ValueName;
}

/// <summary>What one subcommand accepts; used both to parse and to print help.</summary>
internal sealed record CommandSpec(
    string Name,
    string Summary,
    string ArgumentsUsage,
    int MinArguments,
    int MaxArguments,
    IReadOnlyList<OptionSpec> Options)
{
    public OptionSpec? FindOption(string name) => Options.FirstOrDefault(o => o.Name == name);
}
