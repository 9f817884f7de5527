using ProfileAsCode.Host.Generation;

namespace ProfileAsCode.Host.Output;

internal static class Summary
{
    public static string Describe(GenerationResult result, string outputDirectory)
    {
        var text = $"ProfileAsCode: {Count(result.Written, "profile")} written, {result.Unchanged} unchanged";
        if (result.Failed > 0)
        {
            text += $", {result.Failed} not written because of errors";
        }

        return text + " -> " + Path.GetFullPath(outputDirectory);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
