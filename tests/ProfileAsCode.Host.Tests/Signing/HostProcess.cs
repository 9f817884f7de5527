using System.Diagnostics;
using System.Text;

namespace ProfileAsCode.Host.Tests.Signing;

/// <summary>
/// Runs the real host the way the MSBuild task does (`dotnet exec` inside this test assembly's own
/// runtimeconfig and deps), with this test assembly as the project whose profiles it writes.
/// </summary>
internal static class HostProcess
{
    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}";
    }

    private static string Bin => AppContext.BaseDirectory;

    public static string UserAssembly => typeof(SigningTestProfile).Assembly.Location;

    public static string ProfileFileName => "com.contoso.signing.mobileconfig";

    /// <param name="environment">Variables for the host only; the test process's environment is left alone.</param>
    public static Result Run(string outputDirectory, IReadOnlyDictionary<string, string?> environment, params string[] extraArguments)
    {
        var withoutExtension = Path.ChangeExtension(UserAssembly, null);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "exec", "--runtimeconfig", withoutExtension + ".runtimeconfig.json", "--depsfile", withoutExtension + ".deps.json",
            Path.Combine(Bin, "ProfileAsCode.Host.dll"),
            "--assembly", UserAssembly, "--out", outputDirectory, "--list", Path.Combine(outputDirectory + ".files.txt"),
            .. extraArguments,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("SOURCE_DATE_EPOCH");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = new StringBuilder(process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        output.Append(error.Result);
        return new Result(process.ExitCode, output.ToString());
    }
}
