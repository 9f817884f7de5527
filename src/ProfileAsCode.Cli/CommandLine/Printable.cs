using System.Globalization;
using System.Text;

namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// Text from the command line or an input file made safe for one terminal line: control characters,
/// line and paragraph separators and bidirectional controls become visible escapes (<c>\u001B</c>), so
/// an argument cannot recolour the terminal or forge a second line; long text is cut with an ellipsis.
/// </summary>
internal static class Printable
{
    /// <summary>The longest quoted value; enough for any real path or option value.</summary>
    public const int MaxQuoted = 80;

    /// <summary>The longest error line; anything longer is input echoed back, not a better explanation.</summary>
    public const int MaxLine = 1000;

    /// <summary><paramref name="value"/> in single quotes, escaped and at most <see cref="MaxQuoted"/> characters.</summary>
    public static string Quote(string value) => "'" + Escape(value, MaxQuoted) + "'";

    /// <summary>A whole message as one line of at most <see cref="MaxLine"/> characters.</summary>
    public static string Line(string text) => Escape(text, MaxLine);

    private static string Escape(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length >= maxLength)
            {
                return builder.Append('…').ToString();
            }

            if (NeedsEscape(rune))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>Cc (C0, DEL, C1), U+2028/U+2029, and the bidi embeddings, overrides and isolates (Unicode UAX #9): what must not reach a reader raw.</summary>
    internal static bool NeedsEscape(Rune rune) =>
        Rune.IsControl(rune)
        || rune.Value is 0x2028 or 0x2029 or 0x061C or 0x200E or 0x200F
        || rune.Value is >= 0x202A and <= 0x202E
        || rune.Value is >= 0x2066 and <= 0x2069;
}
