using System.Text.Json;

namespace ProfileAsCode.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public sealed class ConsumerLifecycleTests(PackageFixture package)
{
    private const string ProfileFile = "com.contoso.jamfconnect.mobileconfig";

    /// <summary>
    /// The Entra ID sample, built as a net8.0 package consumer on a machine whose only runtime is
    /// newer (the host runs with roll-forward), through its whole incremental life.
    /// </summary>
    [Fact]
    public void SampleAsNet8Consumer_Writes_SkipsWhenUpToDate_RegeneratesDeleted_IsReproducible_AndCleans()
    {
        var consumer = package.CreateConsumer("EntraSample", "net8.0");
        foreach (var source in Directory.GetFiles(Path.Combine(package.RepoRoot, "samples", "JamfConnect.EntraId"), "*.cs"))
        {
            File.Copy(source, Path.Combine(consumer.Directory, Path.GetFileName(source)));
        }

        var first = consumer.Build();
        Assert.True(first.Succeeded, first.Output);
        Assert.Contains("ProfileAsCode: 1 profile written, 0 unchanged", first.Output, StringComparison.Ordinal);
        var path = consumer.ProfilePath(ProfileFile);
        AssertIsTheEntraProfile(PlistLib.Load(path));
        var bytes = File.ReadAllBytes(path);
        var writeTime = File.GetLastWriteTimeUtc(path);

        var second = consumer.Build("-v:d");
        Assert.True(second.Succeeded, second.Output);
        Assert.Contains("Skipping target \"_ProfileAsCodeGenerateCore\" because all output files are up-to-date", second.Output, StringComparison.Ordinal);
        Assert.Equal(writeTime, File.GetLastWriteTimeUtc(path));

        File.Delete(path);
        var third = consumer.Build();
        Assert.True(third.Succeeded, third.Output);
        Assert.True(File.Exists(path), "the deleted profile was not written again:\n" + third.Output);
        Assert.Equal(bytes, File.ReadAllBytes(path));

        var clean = consumer.Clean();
        Assert.True(clean.Succeeded, clean.Output);
        Assert.False(File.Exists(path), "dotnet clean left " + path);
        Assert.Empty(Directory.GetFiles(Path.Combine(consumer.Directory, "obj"), "*.profileascode.*", SearchOption.AllDirectories));
    }

    private static void AssertIsTheEntraProfile(JsonElement profile)
    {
        Assert.Equal("com.contoso.jamfconnect", profile.GetProperty("PayloadIdentifier").GetString());
        Assert.Equal("Configuration", profile.GetProperty("PayloadType").GetString());
        var payloads = profile.GetProperty("PayloadContent").EnumerateArray().ToList();
        var login = Assert.Single(payloads, p => p.GetProperty("PayloadType").GetString() == "com.jamf.connect.login");
        Assert.Equal("aaaaaaaa-0000-4000-8000-000000000001", login.GetProperty("ROPGTenant").GetString());
        Assert.Equal("api://cccccccc-0000-4000-8000-000000000003/jamfconnect+openid+email+profile", login.GetProperty("ROPGScopes").GetString());
        Assert.Equal(login.GetProperty("OIDCClientID").GetString(), login.GetProperty("OIDCROPGID").GetString());
        Assert.False(login.TryGetProperty("OIDCScopes", out _), "interactive sign-in must keep the default scopes (MFA)");
        var menuBar = Assert.Single(payloads, p => p.GetProperty("PayloadType").GetString() == "com.jamf.connect");
        Assert.Equal("EntraID", menuBar.GetProperty("IdPSettings").GetProperty("Provider").GetString());
    }
}
