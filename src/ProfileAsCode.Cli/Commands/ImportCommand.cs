using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>import FILE… [--out DIR] [--namespace NS] [--domain D]</c>: existing profiles → C# records.</summary>
internal sealed class ImportCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "import",
        "Turn existing .mobileconfig files (XML, binary or signed) and bare preference plists into C# records that build back to the same profiles.",
        "FILE...",
        1,
        int.MaxValue,
        [
            new OptionSpec("--out", "DIR", "Folder for the generated .cs files (default: the current folder)"),
            new OptionSpec("--namespace", "NS", "Namespace of the generated records (default: Profiles)"),
            new OptionSpec("--domain", "DOMAIN", "Preference domain of bare .plist files whose names do not say it"),
        ]);

    public int Run(ParsedCommandLine commandLine, Output output) => throw new CliException("import is not available in this build yet");
}
