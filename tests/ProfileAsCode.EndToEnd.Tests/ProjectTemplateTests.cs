using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// The packed ProfileAsCode.Templates, installed into a throwaway template cache, instantiated and built
/// the way docs/getting-started.md tells a user to: against the local feed eng/pack-local.sh wrote.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ProjectTemplateTests(PackageFixture package, TestPki pki) : IClassFixture<TestPki>
{
    private const string ProjectName = "Acme.Profiles";
    private const string ProfileFile = "com.contoso.jamfconnect.mobileconfig";

    // Made up for the test: any GUIDs do.
    private const string Tenant = "5d2e8f41-7c3a-4b9e-a1d6-0f8c2b7e4a93";
    private const string OidcEndpoint = "a7c4e2f9-1b8d-4f3a-9e6c-2d5b8a1f7c04";
    private const string ApiApp = "c3f81a6e-9d2b-47c5-8e1f-6a4d0b9e2c78";

    [Fact]
    public void EntraIdProject_FirstBuildNamesEachValueAndWhereItComesFrom_FilledInItBuildsTheProfile()
    {
        var project = Instantiate("TemplateEntra", "--local-feed", package.Feed);
        Assert.Contains($"<PackageReference Include=\"ProfileAsCode\" Version=\"{package.Version}\" />", project.Text(ProjectName + ".csproj"), StringComparison.Ordinal);

        var first = project.Consumer.Build();

        Assert.False(first.Succeeded, first.Output);
        Assert.Equal(new HashSet<string> { "PAC1021" }, BuildError.Ids(first.Output));
        var record = project.Text("JamfConnectProfile.cs");
        var errors = BuildError.Parse(first.Output);
        var expected = new Dictionary<string, (string Marker, string[] Where)>
        {
            ["OIDCClientID"] = ("OidcClientId =", [OidcEndpointApp, AppRegistrations]),
            ["OIDCROPGID"] = ("OidcRopgId =", [OidcEndpointApp, AppRegistrations]),
            ["IdPSettings.ROPGID"] = (" RopgId =", [OidcEndpointApp, AppRegistrations]),
            ["OIDCTenant"] = ("OidcTenant =", [TenantIdPage]),
            ["ROPGTenant"] = ("RopgTenant =", [TenantIdPage]),
            ["IdPSettings.TenantID"] = (" TenantId =", [TenantIdPage]),
            ["ROPGScopes"] = ("RopgScopes =", ["'<Application client ID of the Jamf Connect - API app registration>'", "'api://<API application ID>/jamfconnect'"]),
            ["IdPSettings.ROPGScopes"] = ("RopgScopes =#2", ["'<Application client ID of the Jamf Connect - API app registration>'", "'api://<API application ID>/jamfconnect'"]),
        };
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), errors.Select(e => KeyOf(e.Message)).Order(StringComparer.Ordinal));
        foreach (var error in errors)
        {
            var (marker, where) = expected[KeyOf(error.Message)];
            // "marker#2": the second line holding it (the login window and the menu bar both set RopgScopes).
            var line = marker.Split('#') is [var text, var nth] ? SourceText.LineOf(record, text, int.Parse(nth, System.Globalization.CultureInfo.InvariantCulture)) : SourceText.LineOf(record, marker, 1);
            Assert.Equal((project.PathOf("JamfConnectProfile.cs"), line), (error.File, error.Line));
            Assert.All(where, text => Assert.Contains(text, error.Message, StringComparison.Ordinal));
        }

        Assert.False(Directory.Exists(project.Consumer.ProfilesDirectory), "no profile may be written while placeholders are left");

        FillIn(project, "EntraValues.cs", new Dictionary<string, string>
        {
            ["TenantId"] = Tenant,
            ["OidcEndpointClientId"] = OidcEndpoint,
            ["ApiAppId"] = ApiApp,
        });
        var second = project.Consumer.Build();

        Assert.True(second.Succeeded, second.Output);
        var profile = PlistLib.Load(project.Consumer.ProfilePath(ProfileFile));
        Assert.Equal("com.contoso.jamfconnect", profile.GetProperty("PayloadIdentifier").GetString());
        Assert.Equal("Contoso", profile.GetProperty("PayloadOrganization").GetString());
        var login = Payload(profile, "com.jamf.connect.login");
        Assert.Equal("EntraID", login.GetProperty("OIDCProvider").GetString());
        Assert.Equal(OidcEndpoint, login.GetProperty("OIDCClientID").GetString());
        Assert.Equal(OidcEndpoint, login.GetProperty("OIDCROPGID").GetString());
        Assert.Equal(Tenant, login.GetProperty("OIDCTenant").GetString());
        Assert.Equal(Tenant, login.GetProperty("ROPGTenant").GetString());
        Assert.Equal($"api://{ApiApp}/jamfconnect+openid+email+profile", login.GetProperty("ROPGScopes").GetString());
        var idp = Payload(profile, "com.jamf.connect").GetProperty("IdPSettings");
        Assert.Equal((OidcEndpoint, Tenant), (idp.GetProperty("ROPGID").GetString(), idp.GetProperty("TenantID").GetString()));
        Assert.Equal($"api://{ApiApp}/jamfconnect+openid+email+profile", idp.GetProperty("ROPGScopes").GetString());
    }

    [Fact]
    public void OktaProjectWithSigning_FirstBuildAsksForTheOktaDomain_FilledInItWritesASignedProfile()
    {
        var project = Instantiate("TemplateOktaSigned", "--identity-provider", "okta", "--signing", "true", "--local-feed", package.Feed);
        var projectFile = project.Text(ProjectName + ".csproj");
        Assert.Contains("<ProfileAsCodeSigningCertificate>signing/profile-signer.p12</ProfileAsCodeSigningCertificate>", projectFile, StringComparison.Ordinal);
        Assert.Contains("<ProfileAsCodeSigningPasswordVariable>PROFILE_SIGNING_PASSWORD</ProfileAsCodeSigningPasswordVariable>", projectFile, StringComparison.Ordinal);
        Assert.Contains("signing/", project.Text(".gitignore").Split('\n'));

        var first = project.Consumer.Build();

        Assert.False(first.Succeeded, first.Output);
        Assert.Equal(new HashSet<string> { "PAC2001" }, BuildError.Ids(first.Output));
        var record = project.Text("JamfConnectProfile.cs");
        var errors = BuildError.Parse(first.Output);
        Assert.Equal(
            new[] { ("AuthServer", SourceText.LineOf(record, "OidcProvider =")), ("IdPSettings.OktaAuthServer", SourceText.LineOf(record, " Provider =")) },
            errors.Select(e => (Regex.Match(e.Message, @" but (\S+) is not set").Groups[1].Value, e.Line)).Order());
        Assert.All(errors, e => Assert.Contains("Set it to your Okta domain, e.g. 'yourcompany.okta.com'", e.Message, StringComparison.Ordinal));

        var values = project.PathOf("OktaValues.cs");
        var text = File.ReadAllText(values);
        Assert.Contains("public const string? OktaDomain = null;", text, StringComparison.Ordinal);
        File.WriteAllText(values, text.Replace("public const string? OktaDomain = null;", "public const string? OktaDomain = \"acme.okta.com\";", StringComparison.Ordinal));
        Directory.CreateDirectory(project.PathOf("signing"));
        File.Copy(pki.Rsa.SignerP12, project.PathOf("signing/profile-signer.p12"));
        var second = project.Consumer.BuildWithEnvironment(new Dictionary<string, string?> { ["PROFILE_SIGNING_PASSWORD"] = TestChain.Password });

        Assert.True(second.Succeeded, second.Output);
        var content = project.PathOf("verified.mobileconfig");
        File.WriteAllBytes(content, OpenSsl.VerifyAndExtract(project.Consumer.ProfilePath(ProfileFile), pki.Rsa.RootPem));
        var profile = PlistLib.Load(content);
        var login = Payload(profile, "com.jamf.connect.login");
        Assert.Equal(("Okta", "acme.okta.com"), (login.GetProperty("OIDCProvider").GetString(), login.GetProperty("AuthServer").GetString()));
        var idp = Payload(profile, "com.jamf.connect").GetProperty("IdPSettings");
        Assert.Equal(("Okta", "acme.okta.com"), (idp.GetProperty("Provider").GetString(), idp.GetProperty("OktaAuthServer").GetString()));
    }

    [Fact]
    public void Options_PackageVersionIdentifierAndOrganization_AreWrittenAsGiven_AndNoLocalFeedMeansNoNuGetConfig()
    {
        var project = Instantiate("TemplateOptions", "--package-version", "9.8.7", "--identifier", "com.acme.login", "--organization", "Acme");

        Assert.Contains("<PackageReference Include=\"ProfileAsCode\" Version=\"9.8.7\" />", project.Text(ProjectName + ".csproj"), StringComparison.Ordinal);
        Assert.DoesNotContain("Signing", project.Text(ProjectName + ".csproj"), StringComparison.Ordinal);
        var record = project.Text("JamfConnectProfile.cs");
        Assert.Contains("[ConfigurationProfile(\"com.acme.login\",", record, StringComparison.Ordinal);
        Assert.Contains("Organization = \"Acme\")]", record, StringComparison.Ordinal);
        Assert.Contains("namespace Acme.Profiles;", record, StringComparison.Ordinal);
        Assert.False(File.Exists(project.PathOf("nuget.config")));
        Assert.False(File.Exists(project.PathOf("OktaValues.cs")));
        Assert.Equal(["bin/", "obj/"], project.Text(".gitignore").Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("# Jamf Connect with Microsoft Entra ID", project.Text("README.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("## Signing", project.Text("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void PackedTemplateJson_IsTheSourceWithTheTemplatePackagesVersionAsDefault()
    {
        var source = File.ReadAllText(Path.Combine(package.RepoRoot, "src", "ProfileAsCode.Templates", "templates", "JamfConnect", ".template.config", "template.json"));
        using var archive = ZipFile.OpenRead(package.TemplatesPackagePath);
        using var reader = new StreamReader(archive.GetEntry("content/JamfConnect/.template.config/template.json")!.Open());

        Assert.Equal(source.Replace("\"0.0.0-unstamped\"", $"\"{package.Version}\"", StringComparison.Ordinal).TrimEnd(), reader.ReadToEnd().TrimEnd());
    }

    private const string OidcEndpointApp = "'<Application client ID of the Jamf Connect - OIDC Endpoint app registration>'";
    private const string AppRegistrations = "(Entra admin center → App registrations)";
    private const string TenantIdPage = "(Entra admin center → Entra ID → Overview → Tenant ID)";

    // "OIDCTenant '<…>' still contains the placeholder …": the key path comes first.
    private static string KeyOf(string message) => message[..message.IndexOf(' ', StringComparison.Ordinal)];

    private static JsonElement Payload(JsonElement profile, string type) =>
        Assert.Single(profile.GetProperty("PayloadContent").EnumerateArray(), p => p.GetProperty("PayloadType").GetString() == type);

    /// <summary>Replaces each placeholder constant, and checks those were all the placeholders there were.</summary>
    private static void FillIn(TemplateProject project, string file, IReadOnlyDictionary<string, string> values)
    {
        var path = project.PathOf(file);
        var placeholder = new Regex("const string (?<name>\\w+) = \"<[^\"]*>\";");
        var text = File.ReadAllText(path);
        Assert.Equal(values.Keys.Order(StringComparer.Ordinal), placeholder.Matches(text).Select(m => m.Groups["name"].Value).Order(StringComparer.Ordinal));
        File.WriteAllText(path, placeholder.Replace(text, m => $"const string {m.Groups["name"].Value} = \"{values[m.Groups["name"].Value]}\";"));
    }

    private TemplateProject Instantiate(string folder, params string[] options)
    {
        var consumer = package.CreateEmptyConsumer(folder);
        var hive = new TemplateHive(Path.Combine(package.Root, folder + ".templates"));
        var install = hive.Install(package.TemplatesPackagePath);
        Assert.True(install.Succeeded, install.Output);
        var create = hive.Create(consumer.Directory, ProjectName, options);
        Assert.True(create.Succeeded, create.Output);
        return new TemplateProject(consumer);
    }

    private sealed record TemplateProject(Consumer Consumer)
    {
        public string PathOf(string relativePath) => Path.Combine(Consumer.Directory, relativePath);

        public string Text(string relativePath) => File.ReadAllText(PathOf(relativePath)).ReplaceLineEndings("\n");
    }
}
