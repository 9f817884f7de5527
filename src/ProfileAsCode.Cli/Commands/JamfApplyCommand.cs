using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Jamf;
using ProfileAsCode.JamfPro.Applying;

namespace ProfileAsCode.Cli.Commands;

/// <summary>
/// <c>jamf apply PROFILES… --url URL [--prune]</c>: creates and updates the server's profiles (and with prune deletes
/// managed ones no longer built), keeping everything else on the server. Progress per profile on standard error, the
/// outcome per profile and a summary on standard output. Exit 0 when all were applied; 2 when any was not (the
/// summary names them; running apply again finishes the job), or on bad input, authentication or server errors.
/// </summary>
internal sealed class JamfApplyCommand : ICommand
{
    private readonly JamfSymbols jamf = new();

    public JamfApplyCommand() => Definition = Symbols.Command(
        "apply",
        "Create and update Jamf Pro's macOS configuration profiles from PROFILES (and with --prune delete managed ones no longer built), keeping scope, category and everything else the build does not own. Exit 2 when any profile was not applied; run it again to finish.",
        jamf.Profiles, jamf.Url, jamf.Prune);

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var built = BuiltProfiles.Load(parseResult.GetRequiredValue(jamf.Profiles));
        using var server = JamfSession.Open(parseResult.GetRequiredValue(jamf.Url), output);
        var options = new ApplyOptions { Prune = parseResult.GetValue(jamf.Prune) };
        var result = JamfSession.Run(() => server.ApplyAsync(built, options, progress => Progress(progress, output), CancellationToken.None));

        foreach (var (line, tone) in ApplyText.Lines(result))
        {
            output.Result(CiLogText.Line(line), tone);
        }

        output.Result(CiLogText.Line($"apply to {server.Server}: {result.Summary()}"), result.AllApplied ? Tone.Good : Tone.Error);
        return result.AllApplied ? ExitCode.Ok : ExitCode.BadInput;
    }

    private static void Progress(ApplyProgress progress, Output output)
    {
        // Done and Failed are in the outcome lines on standard output; these say what is happening meanwhile.
        if (progress.Step is not ApplyStep.Done and not ApplyStep.Failed)
        {
            output.Info(CiLogText.Line($"{progress.Subject}: {progress.Message}"));
        }
    }
}
