using System.CommandLine;
using System.CommandLine.Invocation;

namespace ProfileAsCode.Cli.CommandLine;

/// <summary><c>--version</c>: the release number alone (System.CommandLine would add the commit hash).</summary>
internal sealed class PrintVersion : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(App.Version);
        return ExitCode.Ok;
    }
}
