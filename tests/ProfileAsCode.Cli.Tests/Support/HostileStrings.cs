namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>
/// Text an attacker puts in a profile to break out of wherever the tool copies it: a comment, a string literal, a
/// terminal line. Each one ends a <c>//</c> comment, closes a <c>/* */</c> one, ends a literal, starts a directive,
/// moves the cursor or reorders what a reviewer sees (Unicode UAX #9 bidi controls, CVE-2021-42574).
/// </summary>
internal static class HostileStrings
{
    public const string Payload = "*/ record Owned { int Boom = System.IO.File.Create(\"/tmp/pwned\").GetHashCode(); } /*";

    public static readonly string[] All =
    [
        "line\nbreak " + Payload,
        Payload + " //",
        "Comment\n/*",
        "quote\" + System.IO.File.Create(\"/tmp/pwned\") + \"",
        "back\\slash\\",
        "ls\u2028record Owned {}",
        "ps\u2029record Owned {}",
        "nel\u0085record Owned {}",
        "bidi\u202Eevil\u202C \u2066iso\u2069 \u200E\u200F\u061C",
        "nul\0after",
        "cr\rcrlf\r\n#error pwned",
        "\n#error pwned\n",
        "\\u000A spelled as text",
        "bom\uFEFF",
        "esc\u001b[31mred\u001b[0m",
        "tab\tvt\vff\f",
        "lone \uD800 surrogate",
        "}",
    ];

    /// <summary>What may not appear raw anywhere in generated code or a terminal line (written here independently of the tool's escaper).</summary>
    public static bool IsDangerous(char c) =>
        (char.IsControl(c) && c != '\n')
        || char.IsSurrogate(c)
        || c is '\u2028' or '\u2029'
        || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    /// <summary>Positions of dangerous characters in <paramref name="text"/> (valid surrogate pairs allowed).</summary>
    public static IEnumerable<int> DangerousAt(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsDangerous(text[i]))
            {
                yield return i;
            }
        }
    }
}
