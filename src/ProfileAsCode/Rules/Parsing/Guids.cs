using System.Runtime.CompilerServices;

namespace ProfileAsCode.Rules.Parsing;

/// <summary>GUIDs as Entra shows them: 8-4-4-4-12 hex digits (Microsoft, "Restrictions on identifier URIs of Microsoft Entra applications": a tenant ID is "a GUID").</summary>
internal static class Guids
{
    private static readonly int[] GroupLengths = { 8, 4, 4, 4, 12 };

    [MethodImpl(HotPath.Optimized)]
    public static bool IsCanonical(string value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var isDashPosition = i == 8 || i == 13 || i == 18 || i == 23;
            if (isDashPosition ? value[i] != '-' : !IsHex(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(HotPath.Optimized)]
    public static bool IsAllZeros(string value)
    {
        if (!IsCanonical(value))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c != '0' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The canonical lower-case form of a GUID written with braces, parentheses, surrounding or inner
    /// whitespace, or without dashes; null when no GUID is in there.
    /// </summary>
    public static string? TryNormalize(string value)
    {
        // Every well-formed ID in a profile takes this path; the rules call it for each of them.
        if (IsCanonical(value))
        {
            return HasUpperCase(value) ? value.ToLowerInvariant() : value;
        }

        var compact = RemoveWhitespace(value);
        if (compact.Length >= 2 && ((compact[0] == '{' && compact[compact.Length - 1] == '}') || (compact[0] == '(' && compact[compact.Length - 1] == ')')))
        {
            compact = compact.Substring(1, compact.Length - 2);
        }

        if (compact.Length == 32 && compact.All(IsHex))
        {
            compact = compact.Substring(0, 8) + "-" + compact.Substring(8, 4) + "-" + compact.Substring(12, 4) + "-" + compact.Substring(16, 4) + "-" + compact.Substring(20);
        }

        return IsCanonical(compact) ? compact.ToLowerInvariant() : null;
    }

    /// <summary>
    /// Five dash-separated groups of letters and digits with the GUID's group lengths, but not all hex:
    /// the fake IDs in Jamf's published samples (<c>9fcc52c7-ee36-4889-8517-lkjslkjoe23</c>).
    /// </summary>
    public static bool LooksLikeGuidButIsNot(string value)
    {
        var groups = value.Split('-');
        if (groups.Length != GroupLengths.Length || IsCanonical(value))
        {
            return false;
        }

        for (var i = 0; i < groups.Length; i++)
        {
            if (Math.Abs(groups[i].Length - GroupLengths[i]) > 1 || !groups[i].All(char.IsLetterOrDigit))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What keeps <paramref name="value"/> from being a GUID, for messages: the number of groups, each group of
    /// the wrong length ("group 5 has 11 characters, not 12"), and characters that are not hex digits. Null when
    /// it is a GUID.
    /// </summary>
    public static string? Problem(string value)
    {
        if (IsCanonical(value))
        {
            return null;
        }

        var groups = value.Split('-');
        var problems = new List<string>();
        if (groups.Length != GroupLengths.Length)
        {
            problems.Add("it has " + groups.Length + " dash-separated group" + (groups.Length == 1 ? string.Empty : "s") + ", not 5");
        }
        else
        {
            for (var i = 0; i < groups.Length; i++)
            {
                if (groups[i].Length != GroupLengths[i])
                {
                    problems.Add("group " + (i + 1) + " has " + groups[i].Length + " character" + (groups[i].Length == 1 ? string.Empty : "s") + ", not " + GroupLengths[i]);
                }
            }
        }

        var nonHex = NonHexCharacters(value);
        if (nonHex.Length > 0)
        {
            problems.Add("it contains " + nonHex + ", which " + (nonHex.IndexOf(',') < 0 ? "is not a hex digit" : "are not hex digits"));
        }

        return problems.Count == 0 ? "it is not 8-4-4-4-12 hex digits" : string.Join("; ", problems);
    }

    /// <summary>The characters that are not hex digits, for messages ("'l', 'k', 's'"); empty when all are.</summary>
    public static string NonHexCharacters(string value)
    {
        var seen = new List<char>();
        foreach (var c in value)
        {
            if (c != '-' && !IsHex(c) && !seen.Contains(c))
            {
                seen.Add(c);
            }
        }

        return string.Join(", ", seen.Select(c => "'" + c + "'"));
    }

    public static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    [MethodImpl(HotPath.Optimized)]
    private static bool HasUpperCase(string value)
    {
        foreach (var c in value)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return true;
            }
        }

        return false;
    }

    private static string RemoveWhitespace(string value)
    {
        if (!value.Any(char.IsWhiteSpace))
        {
            return value;
        }

        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
