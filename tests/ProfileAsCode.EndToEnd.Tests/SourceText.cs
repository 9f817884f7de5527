namespace ProfileAsCode.EndToEnd.Tests;

internal static class SourceText
{
    /// <summary>The 1-based line of the only line containing <paramref name="marker"/>.</summary>
    /// <summary>The 1-based line of the <paramref name="occurrence"/>-th (1-based) line holding <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker, int occurrence)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(marker, StringComparison.Ordinal)).ToArray();
        Assert.True(matches.Length >= occurrence, $"marker found {matches.Length} time(s), not {occurrence}: {marker}");
        return matches[occurrence - 1] + 1;
    }

    public static int LineOf(string text, string marker)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var index = Array.FindIndex(lines, line => line.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, "marker not found: " + marker);
        Assert.Equal(index, Array.FindLastIndex(lines, line => line.Contains(marker, StringComparison.Ordinal)));
        return index + 1;
    }
}
