using System.Globalization;
using System.Text;

namespace ProfileAsCode.Json;

/// <summary>
/// Makes text from an untrusted file safe to put in a message or on a terminal: control characters,
/// line and paragraph separators, bidirectional overrides (which can reorder what a terminal shows),
/// the BOM and lone surrogates become <c>\uXXXX</c>, and long text is cut to about
/// <see cref="MaxShown"/> characters with an ellipsis.
/// </summary>
internal static class JsonDisplay
{
    public const int MaxShown = 80;

    public static string Shown(string text) => Shown(text, MaxShown);

    public static string Shown(string text, int maxLength)
    {
        var cut = text.Length > maxLength;
        var length = cut ? maxLength : text.Length;
        if (cut && char.IsHighSurrogate(text[length - 1]))
        {
            length--; // never split a surrogate pair
        }

        var builder = new StringBuilder(length + 8);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return cut ? builder.Append('…').ToString() : builder.ToString();
    }

    // Reached only outside valid surrogate pairs, so any surrogate here is a lone one.
    private static bool IsUnsafe(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c)
        || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
