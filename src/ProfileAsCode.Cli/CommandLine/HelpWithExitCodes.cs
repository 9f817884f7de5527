using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ProfileAsCode.Cli.CommandLine;

/// <summary>System.CommandLine's help for the command given, then the exit codes every command shares.</summary>
internal sealed class HelpWithExitCodes(HelpAction help) : SynchronousCommandLineAction
{
    public const string ExitCodesLine =
        "Exit codes: 0 ok, 1 findings or differences, 2 bad input or usage (nothing written), "
        + "70 a bug in profile-as-code (please report it; -v adds the stack trace).";

    // Like help itself: `convert --help` shows help even though FILE is missing.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        help.Invoke(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(ExitCodesLine);
        return ExitCode.Ok;
    }
}
