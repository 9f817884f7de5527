using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Diffing;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Profiles;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>diff OLD NEW</c>: what devices will do when NEW replaces OLD. Exit 0 when equal, 1 when they differ (like diff(1)).</summary>
internal sealed class DiffCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "diff",
        "Compare two profiles by meaning (not formatting or key order): per payload, in-place update, removal + reinstall, added or removed, and the keys that changed. Exit 1 when they differ.",
        "OLD NEW",
        2,
        2,
        [new OptionSpec("--domain", "DOMAIN", "Preference domain of bare .plist files whose names do not say it")]);

    public int Run(ParsedCommandLine commandLine, Output output)
    {
        var domain = commandLine.Option("--domain");
        var oldFile = ProfileFileReader.Read(commandLine.Arguments[0]);
        var newFile = ProfileFileReader.Read(commandLine.Arguments[1]);
        var result = ProfileDiff.Compare(
            ProfileDocument.From(oldFile.Path, oldFile.Root, domain),
            ProfileDocument.From(newFile.Path, newFile.Root, domain));
        foreach (var (line, tone) in DiffRenderer.Lines(result))
        {
            output.Result(line, tone);
        }

        return result.HasDifferences ? ExitCode.Findings : ExitCode.Ok;
    }
}
