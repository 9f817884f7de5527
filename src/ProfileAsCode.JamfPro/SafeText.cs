using System.Globalization;
using System.Text;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro;

/// <summary>
/// Untrusted text (a profile name from the server, a file name, Jamf Pro's error page) made safe for a one-line
/// message: control and format characters (bidi overrides such as U+202E included), line and paragraph separators
/// and lone surrogates are spelled <c>\uXXXX</c>, and the result is cut to a bounded length.
/// </summary>
internal static class SafeText
{
    public const int DefaultMaxLength = 160;

    public static string Of(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // XmlCharacters.Printable already escapes controls, lone surrogates and characters XML forbids.
        var printable = XmlCharacters.Printable(text.Length > maxLength * 2 ? text[..(maxLength * 2)] : text);
        var builder = new StringBuilder(printable.Length);
        for (var i = 0; i < printable.Length; i++)
        {
            var c = printable[i];
            if (char.IsHighSurrogate(c) && i + 1 < printable.Length && char.IsLowSurrogate(printable[i + 1]))
            {
                builder.Append(c).Append(printable[++i]);
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length <= maxLength)
        {
            return builder.ToString();
        }

        var cut = char.IsHighSurrogate(builder[maxLength - 2]) ? maxLength - 2 : maxLength - 1;
        return builder.ToString(0, cut) + "…";
    }

    /// <summary>The text in double quotes, made safe.</summary>
    public static string Quoted(string? text, int maxLength = DefaultMaxLength) => "\"" + Of(text, maxLength) + "\"";
}
