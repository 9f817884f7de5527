using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// The tool's lengths for <see cref="UntrustedText"/>, the library's one escaper: text from the command line or an
/// input file (keys, values, file names found in a folder, a signer's name) made safe for one terminal line.
/// </summary>
internal static class Printable
{
    /// <summary>The longest quoted value; enough for any real option value.</summary>
    public const int MaxQuoted = UntrustedText.DefaultMaxLength;

    /// <summary>The longest path shown: real paths fit, a path made to flood the terminal does not.</summary>
    public const int MaxPath = 400;

    /// <summary>The longest line; anything longer is input echoed back, not a better explanation.</summary>
    public const int MaxLine = 1000;

    /// <summary><paramref name="value"/> in single quotes, escaped and at most <see cref="MaxQuoted"/> characters.</summary>
    public static string Quote(string value) => UntrustedText.Quote(value, MaxQuoted);

    /// <summary>A file name as given or found, escaped (not quoted: messages start with it, like a compiler's).</summary>
    public static string Path(string path) => UntrustedText.Escape(path, MaxPath);

    /// <summary>A whole message as one line of at most <see cref="MaxLine"/> characters.</summary>
    public static string Line(string text) => UntrustedText.Escape(text, MaxLine);
}
