using System.IO.Compression;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// eng/pack-local.sh (run once by <see cref="PackageFixture"/>) and the commands docs/getting-started.md
/// gives for using its folder while the packages are not on a public feed.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LocalFeedTests(PackageFixture package)
{
    [Fact]
    public void PackLocal_WritesThePackages_EachWithReadmeIconLicenseAndRepository()
    {
        // The tool is a pointer package and one package per platform (NativeToolTests).
        var toolPlatforms = new[] { "linux-x64", "osx-x64", "osx-arm64", "win-x64", "any" }
            .Select(rid => Path.Combine(package.Feed, $"ProfileAsCode.Cli.{rid}.{package.Version}.nupkg"));
        var expected = new[] { package.PackagePath, package.CliPackagePath, package.TemplatesPackagePath }.Concat(toolPlatforms).ToArray();
        Assert.Equal(
            expected.Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(package.Feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var path in expected)
        {
            using var archive = ZipFile.OpenRead(path);
            var nuspecEntry = Assert.Single(archive.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
            using var reader = new StreamReader(nuspecEntry.Open());
            var nuspec = reader.ReadToEnd();
            Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<icon>icon.png</icon>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<projectUrl>https://github.com/ProfileAsCode/ProfileAsCode</projectUrl>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<repository type=\"git\" url=\"https://github.com/ProfileAsCode/ProfileAsCode\"", nuspec, StringComparison.Ordinal);
            Assert.NotNull(archive.GetEntry("README.md"));
            Assert.NotNull(archive.GetEntry("icon.png"));
        }

        // The packing itself: no NuGet pack warning (NU5xxx: missing readme, icon, license...).
        Assert.DoesNotMatch(@"warning NU5\d{3}", package.PackResult.Output);
    }

    [Fact]
    public void ToolInstalledFromTheLocalFeed_RunsHelp()
    {
        var toolPath = Path.Combine(package.Root, "tool");
        var install = DotNet.Run(package.Root, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = package.Packages },
            "tool", "install", "--tool-path", toolPath, "--add-source", package.Feed, "ProfileAsCode.Cli", "--version", package.Version);
        Assert.True(install.Succeeded, install.Output);

        var help = DotNet.Run(Path.Combine(toolPath, "profile-as-code"), package.Root, new Dictionary<string, string?>(), "--help");

        Assert.True(help.Succeeded, help.Output);
        Assert.Contains("profile-as-code", help.Output, StringComparison.Ordinal);
        Assert.Contains("validate", help.Output, StringComparison.Ordinal);
    }
}
