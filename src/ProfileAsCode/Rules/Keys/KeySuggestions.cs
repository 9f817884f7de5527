namespace ProfileAsCode.Rules.Keys;

/// <summary>
/// "Did you mean": the known key nearest to a misspelled one. Distance is the optimal string alignment
/// distance (insertions, deletions, substitutions, adjacent transpositions) without regard to case, so a
/// key that differs only in case is nearest of all.
/// </summary>
internal static class KeySuggestions
{
    /// <summary>The nearest of <paramref name="candidates"/>, or null when none is close enough to be a slip.</summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: a candidate that far off could never be offered, and
            // measuring it would cost name × candidate steps (a megabyte key took a minute per keystroke).
            if (Math.Abs(name.Length - candidate.Length) > Threshold(name, candidate))
            {
                continue;
            }

            var distance = Distance(name, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Threshold(name, best) ? best : null;
    }

    /// <summary>A slip changes a few characters; beyond a third of the name it is another word.</summary>
    private static int Threshold(string name, string candidate) => Math.Max(1, Math.Min(name.Length, candidate.Length) / 3);

    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 2]) && char.ToUpperInvariant(a[i - 2]) == char.ToUpperInvariant(b[j - 1]))
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
