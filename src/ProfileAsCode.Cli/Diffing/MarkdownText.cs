using System.Globalization;
using System.Text;
using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Diffing;

/// <summary>
/// Untrusted text (values, keys, identifiers and paths from profiles) as literal Markdown for a pull-request
/// comment or job summary. Every ASCII punctuation character is backslash-escaped (CommonMark 0.31.2, "Backslash
/// escapes": any ASCII punctuation may be escaped), so nothing can open emphasis, a link, an image, a code span, an
/// autolink (GitHub's extended autolinks need a literal <c>://</c> or <c>www.</c>) or a table cell (GitHub Flavored
/// Markdown spec, "Tables": a pipe in a cell is written <c>\|</c>). <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become
/// entity references, so even a renderer that ignored backslash escapes would see no HTML. Control characters, line
/// separators and bidirectional controls become visible <c>\uXXXX</c> (the terminal's <see cref="Printable"/> rule), so a
/// value stays on its line and cannot reorder what the reviewer reads. Long text is cut with an ellipsis.
/// </summary>
internal static class MarkdownText
{
    /// <summary>The longest text a cell shows; values are already shortened by <see cref="Profiles.ValueText"/>.</summary>
    public const int MaxLength = 200;

    public static string Escape(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(text.Length + 16);
        var shown = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (shown++ == maxLength)
            {
                return builder.Append('…').ToString();
            }

            if (Printable.NeedsEscape(rune))
            {
                // The backslash itself is punctuation: escaped, so "\u000A" shows as typed.
                builder.Append(CultureInfo.InvariantCulture, $"\\\\u{rune.Value:X4}");
            }
            else if (rune.IsAscii && IsAsciiPunctuation((char)rune.Value))
            {
                builder.Append((char)rune.Value switch
                {
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '&' => "&amp;",
                    var c => "\\" + c,
                });
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    // CommonMark's ASCII punctuation: U+0021–2F, U+003A–0040, U+005B–0060, U+007B–007E.
    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');
}
