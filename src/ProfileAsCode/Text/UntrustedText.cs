using System.Globalization;
using System.Text;

namespace ProfileAsCode.Text;

/// <summary>
/// Shows text that came from outside (a profile's keys and values, file names, settings) in a message
/// or on a terminal without letting it act there: every character that could end the line, recolour
/// or move the cursor, or reorder what is displayed is spelled <c>\uXXXX</c>, and long text is cut.
/// </summary>
/// <remarks>
/// Escaped: C0 and C1 controls and DEL (tab and line ends too, so a message stays one line and an
/// ESC sequence stays inert), the Unicode line and paragraph separators U+2028/U+2029, the bidirectional
/// formatting characters of Unicode Standard Annex #9 (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069; the "Trojan Source" characters of CVE-2021-42574) and every other format character
/// (general category Cf: zero-width spaces and joiners, the byte-order mark, invisible operators; beyond the
/// BMP the tag characters U+E0000–U+E007F, spelled <c>\UXXXXXXXX</c>), lone surrogates and the noncharacters
/// U+FFFE/U+FFFF. A backslash is left as it is: the result is for reading, not for
/// parsing back. Kept netstandard2.0-clean: the analyzers compile it by source link.
/// </remarks>
internal static class UntrustedText
{
    /// <summary>How much of a value a message shows by default: enough to recognise it, short enough to stay one line.</summary>
    public const int DefaultMaxLength = 80;

    private const char Ellipsis = '\u2026';

    /// <summary><paramref name="text"/> in single quotes, escaped, cut after <paramref name="maxLength"/> characters with an ellipsis.</summary>
    public static string Quote(string text, int maxLength = DefaultMaxLength) => "'" + Escape(text, maxLength) + "'";

    /// <summary><paramref name="text"/> escaped, whole (for key paths and lines whose length the caller bounds).</summary>
    public static string Escape(string text) => Escape(text, int.MaxValue);

    /// <summary><paramref name="text"/> escaped; when the result would be longer than <paramref name="maxLength"/> characters it is cut there and ends in an ellipsis.</summary>
    public static string Escape(string text, int maxLength)
    {
        if (text.Length <= maxLength && IndexOfUnsafe(text) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var escapedPair = pair && IsUnsafePair(text, i);
            var escaped = !pair && IsUnsafe(c);
            var width = escapedPair ? 10 : pair ? 2 : escaped ? 6 : 1;
            if (builder.Length + width > maxLength)
            {
                return builder.Append(Ellipsis).ToString();
            }

            if (escapedPair)
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, text[++i]).ToString("X8", CultureInfo.InvariantCulture));
            }
            else if (escaped)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
                if (pair)
                {
                    builder.Append(text[++i]);
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="c"/>, outside a valid surrogate pair, must be escaped.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F' or '\uFFFE' or '\uFFFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || (c >= '\u00AD' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary>Whether the surrogate pair at <paramref name="index"/> is a format character (the invisible tag characters U+E0000–U+E007F among them).</summary>
    public static bool IsUnsafePair(string text, int index) =>
        CharUnicodeInfo.GetUnicodeCategory(text, index) == UnicodeCategory.Format;

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x20 && c < 0x7F)
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsUnsafePair(text, i))
                {
                    return i;
                }

                i++;
            }
            else if (IsUnsafe(c))
            {
                return i;
            }
        }

        return -1;
    }
}
