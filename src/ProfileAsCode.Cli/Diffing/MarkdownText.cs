using System.Text;
using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.Diffing;

/// <summary>
/// Untrusted text (values, keys, identifiers and paths from profiles) as literal Markdown for a pull-request
/// comment or job summary. Every ASCII punctuation character is backslash-escaped (CommonMark 0.31.2, "Backslash
/// escapes": any ASCII punctuation may be escaped), so nothing can open emphasis, a link, an image, a code span, an
/// autolink (GitHub's extended autolinks need a literal <c>://</c> or <c>www.</c>) or a table cell (GitHub Flavored
/// Markdown spec, "Tables": a pipe in a cell is written <c>\|</c>). <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become
/// entity references, so even a renderer that ignored backslash escapes would see no HTML. Control characters, line
/// separators and bidirectional controls become visible <c>\uXXXX</c> (the terminal's <see cref="UntrustedText"/> rule), so a
/// value stays on its line and cannot reorder what the reviewer reads. Long text is cut with an ellipsis.
/// </summary>
internal static class MarkdownText
{
    /// <summary>The longest text a cell shows; values are already shortened by <see cref="Profiles.ValueText"/>.</summary>
    public const int MaxLength = 200;

    public static string Escape(string text, int maxLength = MaxLength)
    {
        // First the terminal's escaping (controls become \uXXXX, long text ends in an ellipsis); then the backslash of each
        // escape is itself escaped below, so "\u000A" shows as typed.
        var printable = UntrustedText.Escape(text, maxLength);
        var builder = new StringBuilder(printable.Length + 16);
        foreach (var c in printable)
        {
            if (c < 128 && IsAsciiPunctuation(c))
            {
                builder.Append(c switch
                {
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '&' => "&amp;",
                    _ => "\\" + c,
                });
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // CommonMark's ASCII punctuation: U+0021–2F, U+003A–0040, U+005B–0060, U+007B–007E.
    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');
}
