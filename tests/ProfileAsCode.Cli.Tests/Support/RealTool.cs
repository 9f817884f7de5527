namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>The real tool: <c>dotnet exec</c> of the ProfileAsCode.Cli.dll the CLI project built, with its own runtimeconfig (roll-forward Major).</summary>
internal static class RealTool
{
    private static readonly Lazy<string> Dll = new(Locate);

    /// <summary>The tool's dll, for running it through other programs.</summary>
    public static string Path => Dll.Value;

    public static ProcessResult Run(IEnumerable<string> arguments, string? workingDirectory = null, IDictionary<string, string?>? environment = null) =>
        Processes.Run("dotnet", ["exec", Dll.Value, .. arguments], workingDirectory, environment);

    public static ProcessResult Run(params string[] arguments) => Run((IEnumerable<string>)arguments);

    private static string Locate()
    {
        // tests/ProfileAsCode.Cli.Tests/bin/<Configuration>/net10.0/ → src/ProfileAsCode.Cli/bin/<Configuration>/net8.0/
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var repository = testBin.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var candidate = System.IO.Path.Combine(repository, "src", "ProfileAsCode.Cli", "bin", configuration, "net8.0", "ProfileAsCode.Cli.dll");
        Assert.True(File.Exists(candidate), $"The tool was not built at {candidate}");
        Assert.True(File.Exists(System.IO.Path.ChangeExtension(candidate, ".runtimeconfig.json")), "The tool's runtimeconfig.json is missing");
        return candidate;
    }
}
