namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>The <c>profile-as-code</c> tool the package fixture packed (eng/pack-local.sh), as <c>dotnet tool install</c> reads it.</summary>
internal static class ToolPackage
{
    /// <summary>
    /// <c>dotnet tool install ProfileAsCode.Cli --tool-path DIR</c> from the fixture's feed, as docs/jamf-pro.md tells
    /// users to; returns DIR, the folder to put on PATH.
    /// </summary>
    public static string Install(PackageFixture package, string workingDirectory)
    {
        var tools = Path.Combine(package.Root, "tools-" + Guid.NewGuid().ToString("N")[..8]);
        var install = DotNet.Run(workingDirectory, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = package.Packages },
            "tool", "install", "ProfileAsCode.Cli", "--version", package.Version, "--tool-path", tools);
        Assert.True(install.Succeeded, "dotnet tool install failed:\n" + install.Output);
        return tools;
    }
}
