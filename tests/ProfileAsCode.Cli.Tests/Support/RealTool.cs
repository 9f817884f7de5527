namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>
/// The real tool in its own process: by default <c>dotnet exec</c> of the ProfileAsCode.Cli.dll the CLI project built,
/// with its own runtimeconfig (roll-forward Major). When <see cref="ExecutableVariable"/> names an executable — the
/// Native AOT build (<c>dotnet publish src/ProfileAsCode.Cli -r linux-x64</c>, or the one a tool install puts on the
/// PATH) — every test that starts the tool starts that instead, so the same expectations hold for the native tool.
/// </summary>
internal static class RealTool
{
    /// <summary>Path of a tool executable to test instead of the built dll.</summary>
    public const string ExecutableVariable = "PROFILE_AS_CODE_TEST_EXECUTABLE";

    private static readonly Lazy<string[]> Command = new(Locate);

    /// <summary>The program and the arguments before the tool's own: <c>dotnet exec …/ProfileAsCode.Cli.dll</c>, or the executable alone.</summary>
    public static IReadOnlyList<string> CommandLine => Command.Value;

    /// <summary>True when the tests run a native executable (<see cref="ExecutableVariable"/>).</summary>
    public static bool IsExecutable => Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 };

    /// <summary>The command line quoted for sh, for tests that start the tool through a shell.</summary>
    public static string ShellCommand => string.Join(' ', Command.Value.Select(part => "'" + part.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));

    public static ProcessResult Run(IEnumerable<string> arguments, string? workingDirectory = null, IDictionary<string, string?>? environment = null) =>
        Processes.Run(Command.Value[0], [.. Command.Value.Skip(1), .. arguments], workingDirectory, environment);

    public static ProcessResult Run(params string[] arguments) => Run((IEnumerable<string>)arguments);

    private static string[] Locate()
    {
        if (Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } executable)
        {
            Assert.True(File.Exists(executable), $"{ExecutableVariable} names {executable}, which does not exist");
            return [System.IO.Path.GetFullPath(executable)];
        }

        // tests/ProfileAsCode.Cli.Tests/bin/<Configuration>/net10.0/ → src/ProfileAsCode.Cli/bin/<Configuration>/net10.0/
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var repository = testBin.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var candidate = System.IO.Path.Combine(repository, "src", "ProfileAsCode.Cli", "bin", configuration, "net10.0", "ProfileAsCode.Cli.dll");
        Assert.True(File.Exists(candidate), $"The tool was not built at {candidate}");
        Assert.True(File.Exists(System.IO.Path.ChangeExtension(candidate, ".runtimeconfig.json")), "The tool's runtimeconfig.json is missing");
        return ["dotnet", "exec", candidate];
    }
}
