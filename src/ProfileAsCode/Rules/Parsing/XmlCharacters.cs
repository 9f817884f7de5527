namespace ProfileAsCode.Rules.Parsing;

/// <summary>XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].</summary>
internal static class XmlCharacters
{
    /// <summary>Index of the first character XML 1.0 cannot hold (lone surrogates included), or -1.</summary>
    public static int FirstIllegal(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            var legal = c == '\t' || c == '\n' || c == '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
            if (!legal)
            {
                return i;
            }
        }

        return -1;
    }

    public static string Describe(char c) => "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
