using ProfileAsCode.Host.Generation;

namespace ProfileAsCode.Host.Output;

internal static class Summary
{
    /// <param name="signing">Who signed the profiles, when they are signed.</param>
    public static string Describe(GenerationResult result, string outputDirectory, string? signing = null)
    {
        var text = $"ProfileAsCode: {Count(result.Written, "profile")} written, {result.Unchanged} unchanged";
        if (result.Failed > 0)
        {
            text += $", {result.Failed} not written because of errors";
        }

        if (signing is not null && !result.NothingWritten)
        {
            text += " (" + signing + ")";
        }

        return text + " -> " + Path.GetFullPath(outputDirectory);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
