namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>The <c>profile-as-code</c> tool packed from this repository, as <c>dotnet tool install</c> reads it.</summary>
internal static class ToolPackage
{
    private static readonly object Gate = new();
    private static string? packedFeed;

    /// <summary>Packs the CLI into the package fixture's feed once per run, with the fixture's version.</summary>
    public static void EnsurePacked(PackageFixture package)
    {
        lock (Gate)
        {
            if (packedFeed == package.Feed)
            {
                return;
            }

            var pack = DotNet.Run(package.RepoRoot, new Dictionary<string, string?>(),
                "pack", Path.Combine(package.RepoRoot, "src", "ProfileAsCode.Cli", "ProfileAsCode.Cli.csproj"),
                "-c", "Release", "-o", package.Feed, "-p:Version=" + package.Version, "-nodeReuse:false");
            Assert.True(pack.Succeeded, "dotnet pack of the CLI failed:\n" + pack.Output);
            packedFeed = package.Feed;
        }
    }

    /// <summary>
    /// <c>dotnet tool install ProfileAsCode.Cli --tool-path DIR</c> from the fixture's feed, as docs/jamf-pro.md tells
    /// users to; returns DIR, the folder to put on PATH.
    /// </summary>
    public static string Install(PackageFixture package, string workingDirectory)
    {
        EnsurePacked(package);
        var tools = Path.Combine(package.Root, "tools-" + Guid.NewGuid().ToString("N")[..8]);
        var install = DotNet.Run(workingDirectory, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = package.Packages },
            "tool", "install", "ProfileAsCode.Cli", "--version", package.Version, "--tool-path", tools);
        Assert.True(install.Succeeded, "dotnet tool install failed:\n" + install.Output);
        return tools;
    }
}
