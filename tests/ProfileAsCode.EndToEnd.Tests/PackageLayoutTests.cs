using System.IO.Compression;

namespace ProfileAsCode.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFixture package)
{
    [Fact]
    public void Package_HoldsLibTasksHostBuildAndReadme_AndNothingElse()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal) && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(package.RepoHasAnalyzers, "the package must carry the analyzers");
        var expected = new List<string>
        {
            "analyzers/dotnet/cs/ProfileAsCode.Analyzers.dll",
            "analyzers/dotnet/cs/ProfileAsCode.CodeFixes.dll",
            "ProfileAsCode.nuspec",
            "README.md",
            "icon.png",
            "build/ProfileAsCode.props",
            "build/ProfileAsCode.targets",
            "lib/net8.0/ProfileAsCode.dll",
            "lib/net8.0/ProfileAsCode.xml",
            "tasks/net472/ProfileAsCode.Tasks.dll",
            "tasks/net8.0/ProfileAsCode.Tasks.dll",
            "tools/net8.0/ProfileAsCode.Host.dll",
            // The signing stack, loaded by the host into a context of its own.
            "tools/net8.0/ProfileAsCode.Signing.dll",
            "tools/net8.0/System.Security.Cryptography.Pkcs.dll",
            "tools/net8.0/Microsoft.Bcl.Cryptography.dll",
            "tools/net8.0/System.Formats.Asn1.dll",
            "tools/net8.0/runtimes/win/lib/net8.0/System.Security.Cryptography.Pkcs.dll",
        };
        Assert.Equal(expected.Order(StringComparer.Ordinal), entries);
    }

    [Fact]
    public void Nuspec_HasNoDependencies_AndIsNoDevelopmentDependency()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(archive.GetEntry("ProfileAsCode.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();

        Assert.Contains("<id>ProfileAsCode</id>", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependenc", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("developmentDependency", nuspec, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
    }
}
