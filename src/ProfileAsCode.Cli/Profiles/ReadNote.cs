using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Profiles;

/// <summary>Something the reader decided about a file that the user should hear in one line (a domain taken from the keys).</summary>
/// <param name="IsWarning">The decision weakens what is checked (a domain no key table knows), rather than only explaining it.</param>
internal sealed record ReadNote(string Line, bool IsWarning)
{
    public void Print(Output output)
    {
        if (IsWarning)
        {
            output.Warning(Line);
        }
        else
        {
            output.Info(Line);
        }
    }
}
