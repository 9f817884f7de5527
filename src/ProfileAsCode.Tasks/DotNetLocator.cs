namespace ProfileAsCode.Tasks;

internal static class DotNetLocator
{
    // Same order as Roslyn's RuntimeHostInfo: the muxer the CLI was started with, then PATH
    // (ToolTask resolves a bare file name from PATH itself).
    public static string Find(string? dotNetHostPath, string toolName)
    {
        if (!string.IsNullOrEmpty(dotNetHostPath))
        {
            return dotNetHostPath!;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return string.IsNullOrEmpty(fromEnvironment) ? toolName : fromEnvironment!;
    }
}
