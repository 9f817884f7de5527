namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>A throwaway project that references the packed ProfileAsCode, isolated from the repository's build files.</summary>
public sealed class Consumer
{
    private readonly PackageFixture package;

    private Consumer(PackageFixture package, string directory, string targetFramework)
    {
        this.package = package;
        Directory = directory;
        TargetFramework = targetFramework;
    }

    public string Directory { get; }

    public string TargetFramework { get; }

    public string ProfilesDirectory => Path.Combine(Directory, "bin", "Debug", TargetFramework, "profiles");

    public string ProfilePath(string fileName) => Path.Combine(ProfilesDirectory, fileName);

    public static Consumer Create(PackageFixture package, string name, string targetFramework)
    {
        var consumer = CreateEmpty(package, name, targetFramework);
        consumer.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{package.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        consumer.Write(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ProfileAsCode" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        return consumer;
    }

    /// <summary>The folder with only the files that stop MSBuild and NuGet from walking up into anything outside it.</summary>
    public static Consumer CreateEmpty(PackageFixture package, string name, string targetFramework)
    {
        var directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        var consumer = new Consumer(package, directory, targetFramework);
        consumer.Write("Directory.Build.props", "<Project />");
        consumer.Write("Directory.Build.targets", "<Project />");
        consumer.Write("Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        consumer.Write(".editorconfig", "root = true\n");
        return consumer;
    }

    /// <summary>Copies a sample's C# sources (not its project file) into this consumer.</summary>
    public void CopySampleSources(string sample)
    {
        foreach (var source in System.IO.Directory.GetFiles(Path.Combine(package.RepoRoot, "samples", sample), "*.cs"))
        {
            File.Copy(source, Path.Combine(Directory, Path.GetFileName(source)));
        }
    }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public ProcessResult Build(params string[] extra) => Dotnet(new[] { "build", "-nodeReuse:false" }.Concat(extra).ToArray());

    /// <summary>A build with extra environment variables (a CI secret, SOURCE_DATE_EPOCH).</summary>
    public ProcessResult BuildWithEnvironment(IReadOnlyDictionary<string, string?> environment, params string[] extra) =>
        DotNet.Run(Directory, new Dictionary<string, string?>(environment) { ["NUGET_PACKAGES"] = package.Packages }, new[] { "build", "-nodeReuse:false" }.Concat(extra).ToArray());

    public ProcessResult Clean(params string[] extra) => Dotnet(new[] { "clean", "-nodeReuse:false" }.Concat(extra).ToArray());

    private ProcessResult Dotnet(params string[] arguments) =>
        DotNet.Run(Directory, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = package.Packages }, arguments);
}
