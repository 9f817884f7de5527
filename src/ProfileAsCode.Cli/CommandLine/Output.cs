using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.CommandLine;

/// <summary>Text colours the tool uses; mapped to ANSI escapes only when colour is on.</summary>
internal enum Tone
{
    Plain,
    Error,
    Warning,
    Good,
    Dim,
    Added,
    Removed,
}

/// <summary>
/// Where the tool writes. Results go to stdout (so they can be piped); errors and progress to
/// stderr. Colour only when stdout is a terminal and <c>NO_COLOR</c> is unset or empty (no-color.org).
/// Every human line is made printable here (<see cref="Printable.Line"/>): keys, values, file names and signers'
/// names come from input and cannot recolour the terminal or forge a line; only <see cref="Result"/> is exact.
/// </summary>
internal sealed class Output(TextWriter stdout, TextWriter stderr, Verbosity verbosity, bool color)
{
    public Verbosity Verbosity { get; } = verbosity;

    public bool Color { get; } = color;

    public TextWriter Stdout { get; } = stdout;

    /// <summary>Where errors, warnings and progress go.</summary>
    public TextWriter Stderr { get; } = stderr;

    public static Output ForConsole(Verbosity verbosity, bool noColorFlag)
    {
        var noColorEnv = Environment.GetEnvironmentVariable("NO_COLOR");
        var color = !noColorFlag && string.IsNullOrEmpty(noColorEnv) && !Console.IsOutputRedirected;
        return new Output(new StandardOutputWriter(Console.Out), Console.Error, verbosity, color);
    }

    /// <summary>
    /// The command's result exactly as given (JSON, SARIF, Markdown, which escape by their own rules): always printed,
    /// even with --quiet. Human lines go through <see cref="Line"/>.
    /// </summary>
    public void Result(string text, Tone tone = Tone.Plain) => Stdout.WriteLine(Paint(text, tone));

    /// <summary>One human line of the command's result (a key and its value, a finding), made printable: always printed.</summary>
    public void Line(string line, Tone tone = Tone.Plain) => Stdout.WriteLine(Paint(Printable.Line(line), tone));

    /// <summary>A note about what happened (a file written, a signature checked), made printable; hidden by --quiet.</summary>
    public void Info(string line, Tone tone = Tone.Plain)
    {
        if (Verbosity != Verbosity.Quiet)
        {
            Stderr.WriteLine(Paint(Printable.Line(line), tone));
        }
    }

    /// <summary>Step-by-step detail, made printable, shown only with --verbose.</summary>
    public void Detail(string line)
    {
        if (Verbosity == Verbosity.Verbose)
        {
            Stderr.WriteLine(Paint(Printable.Line(line), Tone.Dim));
        }
    }

    /// <summary>A stack trace, with --verbose only: several lines, each made printable (an exception's message may quote input).</summary>
    public void Trace(string text)
    {
        if (Verbosity == Verbosity.Verbose)
        {
            foreach (var line in text.Split('\n'))
            {
                Stderr.WriteLine(Paint(UntrustedText.Escape(line.TrimEnd('\r')), Tone.Dim));
            }
        }
    }

    public void Warning(string line) => Stderr.WriteLine(Paint(Printable.Line(line), Tone.Warning));

    public void Error(string line) => Stderr.WriteLine(Paint(Printable.Line(line), Tone.Error));

    public string Paint(string text, Tone tone)
    {
        if (!Color || tone == Tone.Plain)
        {
            return text;
        }

        var code = tone switch
        {
            Tone.Error => "31",
            Tone.Warning => "33",
            Tone.Good => "32",
            Tone.Dim => "2",
            Tone.Added => "32",
            Tone.Removed => "31",
            _ => "0",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
