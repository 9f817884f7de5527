namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// A throwaway "user repository" for the CI recipes: <c>main</c> with a profiles project (the Entra sample's records on
/// the packed ProfileAsCode package) and a Jamf Pro export kept as a file; <c>feature</c> changes two values of the
/// records. <see cref="Checkout"/> is a clone on <c>feature</c> with <c>origin/main</c> fetched, as a CI checkout of
/// the pull request with the full history has it.
/// </summary>
internal sealed class PullRequestRepository
{
    /// <summary>A Jamf Connect login profile as Jamf Pro exports it, with the tenant as a domain name: a PAC1002 warning.</summary>
    public const string Export = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
        	<key>PayloadContent</key>
        	<array>
        		<dict>
        			<key>OIDCClientID</key>
        			<string>bbbbbbbb-0000-4000-8000-000000000002</string>
        			<key>OIDCProvider</key>
        			<string>EntraID</string>
        			<key>OIDCRedirectURI</key>
        			<string>https://127.0.0.1/jamfconnect</string>
        			<key>OIDCTenant</key>
        			<string>contoso.onmicrosoft.com</string>
        			<key>PayloadIdentifier</key>
        			<string>com.contoso.exported.login</string>
        			<key>PayloadType</key>
        			<string>com.jamf.connect.login</string>
        			<key>PayloadUUID</key>
        			<string>6F1D2C3B-4A59-4867-9C5D-0E1F2A3B4C5D</string>
        			<key>PayloadVersion</key>
        			<integer>1</integer>
        		</dict>
        	</array>
        	<key>PayloadDisplayName</key>
        	<string>Jamf Connect login (exported from Jamf Pro)</string>
        	<key>PayloadIdentifier</key>
        	<string>com.contoso.exported</string>
        	<key>PayloadType</key>
        	<string>Configuration</string>
        	<key>PayloadUUID</key>
        	<string>5E0C1B2A-3948-4756-8B4C-9D0E1F2A3B4C</string>
        	<key>PayloadVersion</key>
        	<integer>1</integer>
        </dict>
        </plist>

        """;

    public const string ExportPath = "exports/jamf-connect-login.mobileconfig";

    public const string OldTenant = "aaaaaaaa-0000-4000-8000-000000000001";

    public const string NewTenant = "contoso.onmicrosoft.com";

    private PullRequestRepository(string checkout) => Checkout = checkout;

    public string Checkout { get; }

    public static PullRequestRepository Create(PackageFixture package, string root)
    {
        var origin = Path.Combine(root, "origin");
        Directory.CreateDirectory(origin);
        Git(origin, "init", "-q", "-b", "main");
        Write(origin, "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        // Nothing of this repository's own build files may reach the throwaway one.
        Write(origin, "Directory.Build.props", "<Project />");
        Write(origin, "Directory.Build.targets", "<Project />");
        Write(origin, "Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        Write(origin, ".editorconfig", "root = true\n");
        Write(origin, ".gitignore", "bin/\nobj/\n");
        Write(origin, "Profiles/Profiles.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ProfileAsCodeWriteBarePlist>true</ProfileAsCodeWriteBarePlist>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ProfileAsCode" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var source in Directory.GetFiles(Path.Combine(package.RepoRoot, "samples", "JamfConnect.EntraId"), "*.cs"))
        {
            File.Copy(source, Path.Combine(origin, "Profiles", Path.GetFileName(source)));
        }

        Write(origin, ExportPath, Export);
        Git(origin, "add", "-A");
        Git(origin, "commit", "-q", "-m", "base");

        Git(origin, "checkout", "-q", "-b", "feature");
        var entra = Path.Combine(origin, "Profiles", "ContosoEntra.cs");
        var text = File.ReadAllText(entra);
        Assert.Contains($"\"{OldTenant}\"", text, StringComparison.Ordinal);
        File.WriteAllText(entra, text
            .Replace($"\"{OldTenant}\"", $"\"{NewTenant}\"", StringComparison.Ordinal)
            .Replace("\"JamfConnectAdmin\"", "\"JamfConnectAdmins\"", StringComparison.Ordinal));
        Git(origin, "commit", "-q", "-am", "head: tenant by domain name, renamed admin role");

        var checkout = Path.Combine(root, "checkout");
        Git(root, "clone", "-q", "--branch", "feature", origin, checkout);
        return new PullRequestRepository(checkout);
    }

    private static void Write(string directory, string relativePath, string text)
    {
        var path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    private static void Git(string directory, params string[] arguments)
    {
        var result = DotNet.Run("git", directory, new Dictionary<string, string?>(),
            ["-c", "user.name=CI recipe test", "-c", "user.email=ci@example.invalid", "-c", "init.defaultBranch=main", .. arguments]);
        Assert.True(result.Succeeded, $"git {string.Join(' ', arguments)} failed:\n{result.Output}");
    }
}
