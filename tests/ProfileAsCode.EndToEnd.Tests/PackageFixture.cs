using System.Globalization;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// Packs ProfileAsCode, the CLI and the templates once per test run with eng/pack-local.sh (the command
/// docs/getting-started.md gives users), with a version no cache has seen, into a folder feed that every
/// consumer of the run restores from (with its own NUGET_PACKAGES).
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepoRoot = FindRepoRoot();
        Root = Path.Combine(Path.GetTempPath(), "pac-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, ".packages");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

        PackResult = DotNet.Run("bash", RepoRoot, new Dictionary<string, string?>(),
            Path.Combine(RepoRoot, "eng", "pack-local.sh"), Feed, "--version", Version);
        if (!PackResult.Succeeded)
        {
            throw new InvalidOperationException("eng/pack-local.sh failed:\n" + PackResult.Output);
        }
    }

    public string RepoRoot { get; }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>NUGET_PACKAGES of every consumer: never the machine's cache, so no stale copy of the package.</summary>
    public string Packages { get; }

    public string Version { get; }

    public ProcessResult PackResult { get; }

    public string PackagePath => Path.Combine(Feed, $"ProfileAsCode.{Version}.nupkg");

    public string CliPackagePath => Path.Combine(Feed, $"ProfileAsCode.Cli.{Version}.nupkg");

    public string TemplatesPackagePath => Path.Combine(Feed, $"ProfileAsCode.Templates.{Version}.nupkg");

    public bool RepoHasAnalyzers => File.Exists(Path.Combine(RepoRoot, "src", "ProfileAsCode.Analyzers", "ProfileAsCode.Analyzers.csproj"));

    public Consumer CreateConsumer(string name, string targetFramework = "net8.0") => Consumer.Create(this, name, targetFramework);

    /// <summary>A consumer folder with only the isolating build files: for a project `dotnet new` writes there.</summary>
    public Consumer CreateEmptyConsumer(string name) => Consumer.CreateEmpty(this, name, "net8.0");

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("PAC_E2E_KEEP") != "1")
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A build server still holding a file: the temp folder is cleaned by the OS later.
            }
        }
    }

    internal static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProfileAsCode.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ProfileAsCode.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
