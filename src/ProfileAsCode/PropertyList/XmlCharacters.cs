using System.Runtime.CompilerServices;
using ProfileAsCode.Rules;
using ProfileAsCode.Text;

namespace ProfileAsCode.PropertyList;

/// <summary>
/// Which characters an XML 1.0 document may contain (XML 1.0 §2.2, https://www.w3.org/TR/REC-xml/#charsets):
/// <c>#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]</c>.
/// Nothing else can be written, not even as a character reference, so a plist string holding one
/// cannot be saved as XML. Kept free of dependencies so analyzers can compile it by source link.
/// </summary>
internal static class XmlCharacters
{
    public static bool IsLegal(int codePoint) =>
        codePoint switch
        {
            0x9 or 0xA or 0xD => true,
            < 0x20 => false,
            <= 0xD7FF => true,
            < 0xE000 => false,
            <= 0xFFFD => true,
            < 0x10000 => false,
            _ => codePoint <= 0x10FFFF,
        };

    /// <summary>
    /// Finds the first character of <paramref name="text"/> that XML 1.0 cannot hold (a forbidden
    /// code point or a lone surrogate). Returns its UTF-16 index, or -1 when every character is legal.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static int IndexOfIllegal(string text, out int codePoint)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x20 && c < 0xD800)
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsLegal(c) || char.IsSurrogate(c))
            {
                codePoint = c;
                return i;
            }
        }

        codePoint = 0;
        return -1;
    }

    /// <summary>Formats a code point the way messages name it, e.g. <c>U+0001</c>.</summary>
    public static string Describe(int codePoint) =>
        char.IsSurrogate((char)codePoint) && codePoint <= 0xFFFF
            ? $"U+{codePoint:X4} (a lone surrogate)"
            : $"U+{codePoint:X4}";

    /// <summary>
    /// Shows <paramref name="text"/> in a message with every illegal character, and every control character
    /// (tab and line breaks too, so a message stays on one line), spelled as <c>\uXXXX</c>: see <see cref="UntrustedText"/>.
    /// </summary>
    public static string Printable(string text) => UntrustedText.Escape(text);
}
