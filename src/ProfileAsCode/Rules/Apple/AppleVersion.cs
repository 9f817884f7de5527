using System.Globalization;

namespace ProfileAsCode.Rules.Apple;

/// <summary>Compares macOS versions as Apple writes them (<c>10.13.4</c> &lt; <c>10.15</c> &lt; <c>14.0</c> = <c>14</c>).</summary>
internal static class AppleVersion
{
    /// <summary>Negative, zero or positive as <paramref name="left"/> is before, equal to or after <paramref name="right"/>; null when either is not a version.</summary>
    public static int? Compare(string left, string right)
    {
        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            if (!Part(a, i, out var x) || !Part(b, i, out var y))
            {
                return null;
            }

            if (x != y)
            {
                return x < y ? -1 : 1;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="availability"/> has the key or payload on <paramref name="macOS"/> (introduced by then, not yet removed).</summary>
    public static bool IsAvailableOn(AppleAvailability availability, string macOS) =>
        availability.Introduced is { } introduced
        && Compare(introduced, macOS) is <= 0
        && (availability.Removed is null || Compare(macOS, availability.Removed) is < 0);

    private static bool Part(string[] parts, int index, out int value)
    {
        if (index >= parts.Length)
        {
            value = 0;
            return true;
        }

        return int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
