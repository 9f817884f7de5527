using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Validation;

/// <summary>A file (or folder argument) validate could not read, and why, in the words of the one-line failure it would have been alone.</summary>
/// <param name="File">The path as given or found, exact (JSON and SARIF carry it as is).</param>
/// <param name="Problem">What is wrong, without the file name.</param>
internal sealed record Unreadable(string File, string Problem)
{
    /// <summary>The failure <paramref name="exception"/> means for <paramref name="file"/>; null when it is not bad input but a bug (which must not be hidden).</summary>
    public static Unreadable? From(string file, Exception exception)
    {
        var failure = Failure.From(exception, file);
        if (failure.ExitCode != ExitCode.BadInput)
        {
            return null;
        }

        var prefix = Printable.Path(file) + ": ";
        return new Unreadable(file, failure.Line.StartsWith(prefix, StringComparison.Ordinal) ? failure.Line[prefix.Length..] : failure.Line);
    }

    /// <summary>The line validate prints: the same line the tool prints for one bad file (a run of one bad file looks as it always did).</summary>
    public override string ToString() => $"{App.ToolName}: {Printable.Path(File)}: {Problem}";
}
