using System.Runtime.CompilerServices;

namespace ProfileAsCode.Rules.Parsing;

/// <summary>
/// Text copied from a guide and never filled in: <c>[APPLICATION ID]</c> (Jamf, "Creating a Jamf Connect
/// Configuration with Conditional Access"), <c>&lt;app-id&gt;</c>, <c>&lt;Application (client) ID …&gt;</c>,
/// <c>{appId}</c>, <c>YOUR_TENANT_ID</c>, <c>xxxxxxxx-xxxx-…</c> masks, <c>CHANGEME</c>.
/// </summary>
internal static class Placeholders
{
    private static readonly string[] FillMeWords = { "CHANGEME", "CHANGE_ME", "REPLACEME", "REPLACE_ME", "TODO" };

    /// <summary>The placeholder found in <paramref name="value"/>, or null.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static string? Find(string value)
    {
        return FindEnclosed(value, '[', ']', IsBracketPlaceholder)
            ?? FindEnclosed(value, '<', '>', IsWordy)
            ?? FindEnclosed(value, '{', '}', inner => IsWordy(inner) && Guids.TryNormalize(inner) is null)
            ?? FindYourPrefix(value)
            ?? FindMask(value)
            ?? FindFillMeWord(value);
    }

    [MethodImpl(HotPath.Optimized)]
    private static string? FindEnclosed(string value, char open, char close, Func<string, bool> isPlaceholder)
    {
        var start = value.IndexOf(open);
        while (start >= 0)
        {
            var end = value.IndexOf(close, start + 1);
            if (end < 0)
            {
                return null;
            }

            var inner = value.Substring(start + 1, end - start - 1);
            if (isPlaceholder(inner))
            {
                return value.Substring(start, end - start + 1);
            }

            start = value.IndexOf(open, start + 1);
        }

        return null;
    }

    // An IPv6 literal in a URL ("https://[::1]/") is bracketed too, but only hex digits and colons.
    private static bool IsBracketPlaceholder(string inner) => IsWordy(inner) && inner.Any(c => !Guids.IsHex(c) && c != ':');

    // Words, and the punctuation a description in a guide carries: "Application (client) ID …", "tenant, from Overview".
    private static bool IsWordy(string inner) =>
        inner.Length > 0
        && inner.Any(char.IsLetter)
        && inner.All(c => char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '.' or '(' or ')' or ',' or ':' or '\'' or '\u2026' or '→');

    /// <summary>
    /// The whole value is a placeholder — <c>&lt;…&gt;</c>, <c>[…]</c>, <c>{…}</c> around words, a mask or a
    /// fill-me word — as opposed to one inside a longer value. Safe to look for in any text: a sentence such as
    /// "Your passwords are out of sync" is not one.
    /// </summary>
    public static string? WholeValue(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length < 3)
        {
            return null;
        }

        var enclosed = (trimmed[0], trimmed[trimmed.Length - 1]) is ('<', '>') or ('[', ']') or ('{', '}');
        if (enclosed && trimmed.IndexOf(trimmed[0], 1) < 0 && Find(trimmed) == trimmed)
        {
            return trimmed;
        }

        return FindMask(trimmed) == trimmed || FindFillMeWord(trimmed) is not null ? trimmed : null;
    }

    [MethodImpl(HotPath.Optimized)]
    private static string? FindYourPrefix(string value)
    {
        var index = value.IndexOf("YOUR", StringComparison.OrdinalIgnoreCase);
        while (index >= 0)
        {
            var startsWord = index == 0 || !char.IsLetterOrDigit(value[index - 1]);
            var next = index + 4 < value.Length ? value[index + 4] : '\0';
            if (startsWord && (next == '_' || next == '-' || next == ' '))
            {
                var end = index;
                while (end < value.Length && (char.IsLetterOrDigit(value[end]) || value[end] == '_' || value[end] == '-' || value[end] == ' '))
                {
                    end++;
                }

                return value.Substring(index, end - index).TrimEnd();
            }

            index = value.IndexOf("YOUR", index + 4, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    // "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" and the like: GUID-shaped, every letter an x.
    // Scanned in place: every string value of every profile passes through here.
    [MethodImpl(HotPath.Optimized)]
    private static string? FindMask(string value)
    {
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] != '/' && value[i] != ' ' && value[i] != '+')
            {
                continue;
            }

            if (IsMask(value, start, i))
            {
                return value.Substring(start, i - start);
            }

            start = i + 1;
        }

        return null;
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool IsMask(string value, int start, int end)
    {
        var dashes = 0;
        var hasX = false;
        for (var i = start; i < end; i++)
        {
            switch (value[i])
            {
                case '-':
                    dashes++;
                    break;
                case 'x' or 'X':
                    hasX = true;
                    break;
                case '0':
                    break;
                default:
                    return false;
            }
        }

        return dashes == 4 && hasX;
    }

    private static string? FindFillMeWord(string value)
    {
        foreach (var word in FillMeWords)
        {
            if (string.Equals(value, word, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
