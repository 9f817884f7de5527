namespace ProfileAsCode.Tasks.Tests;

/// <summary>
/// A shell script standing in for `dotnet`: it records its arguments, prints what the test asks
/// for and writes the file list the real host would write, so the task is tested without
/// building or running anything else.
/// </summary>
internal sealed class FakeHost : IDisposable
{
    private FakeHost(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string ScriptPath => Path.Combine(Directory, "fake-dotnet.sh");

    public string ArgumentsPath => Path.Combine(Directory, "args.txt");

    public string FileListPath => Path.Combine(Directory, "files.txt");

    public string RecordedArguments => File.ReadAllText(ArgumentsPath);

    public static FakeHost Create(string stdout, string stderr, int exitCode, IEnumerable<string>? listedFiles = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "pac-fakehost-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var host = new FakeHost(directory);
        File.WriteAllText(Path.Combine(directory, "stdout.txt"), stdout);
        File.WriteAllText(Path.Combine(directory, "stderr.txt"), stderr);
        var listLines = listedFiles is null ? "" : string.Join("\n", listedFiles) + "\n";
        File.WriteAllText(Path.Combine(directory, "list.txt"), listLines);
        File.WriteAllText(host.ScriptPath, $"""
            #!/bin/sh
            d='{directory}'
            printf '%s\n' "$@" > "$d/args.txt"
            cat "$d/stdout.txt"
            cat "$d/stderr.txt" >&2
            cp "$d/list.txt" "$d/files.txt"
            exit {exitCode}
            """.Replace("\r\n", "\n"));
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the fake host is a POSIX shell script");
        }

        File.SetUnixFileMode(host.ScriptPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return host;
    }

    public GenerateMobileConfigs CreateTask(FakeBuildEngine engine) => new()
    {
        BuildEngine = engine,
        DotNetHostPath = ScriptPath,
        AssemblyPath = "/proj/bin/Contoso.Profiles.dll",
        HostPath = "/pkg/tools/net8.0/ProfileAsCode.Host.dll",
        OutputDirectory = "/proj/bin/profiles",
        FileListPath = FileListPath,
    };

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
