namespace ProfileAsCode.EndToEnd.Tests;

internal static class SourceText
{
    /// <summary>The 1-based line of the only line containing <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var index = Array.FindIndex(lines, line => line.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, "marker not found: " + marker);
        Assert.Equal(index, Array.FindLastIndex(lines, line => line.Contains(marker, StringComparison.Ordinal)));
        return index + 1;
    }
}
