using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Diffing;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Profiles;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>diff OLD NEW</c>: what devices will do when NEW replaces OLD. Exit 0 when equal, 1 when they differ (like diff(1)).</summary>
internal sealed class DiffCommand : ICommand
{
    private readonly Argument<string> _old = Symbols.InputFile("OLD", "The profile as it is deployed now");
    private readonly Argument<string> _new = Symbols.InputFile("NEW", "The profile that will replace it");
    private readonly Option<string> _domain = Symbols.Domain();

    public DiffCommand() => Definition = Symbols.Command(
        "diff",
        "Compare two profiles by meaning (not formatting or key order): per payload, in-place update, removal + reinstall, added or removed, and the keys that changed. Exit 1 when they differ.",
        _old, _new, _domain);

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var domain = parseResult.GetValue(_domain);
        var oldFile = ProfileFileReader.Read(parseResult.GetRequiredValue(_old));
        var newFile = ProfileFileReader.Read(parseResult.GetRequiredValue(_new));
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
