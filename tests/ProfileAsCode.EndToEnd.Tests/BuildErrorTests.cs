using System.Text.RegularExpressions;

namespace ProfileAsCode.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public sealed class BuildErrorTests(PackageFixture package)
{
    // Values the compiler cannot see: only the build host, running the records, finds these.
    private const string RuntimeProfiles = """
        using ProfileAsCode;
        using ProfileAsCode.JamfConnect;

        namespace Contoso;

        [ConfigurationProfile("com.contoso.common")] // MARK-COMMON
        public sealed record CommonTenant
        {
            public JamfConnectLogin Login { get; init; } = Lookup.Login(Lookup.Tenant("common"));
        }

        [ConfigurationProfile("com.contoso.domain")] // MARK-DOMAIN
        public sealed record DomainTenant
        {
            public JamfConnectLogin Login { get; init; } = Lookup.Login(Lookup.Tenant("contoso.onmicrosoft.com"));
        }

        [ConfigurationProfile("com.contoso.throws")] // MARK-THROWS
        public sealed record ThrowingTenant
        {
            public JamfConnectLogin Login { get; init; } = Lookup.Login(Lookup.Unreachable());
        }

        [ConfigurationProfile("com.contoso.good")]
        public sealed record GoodTenant
        {
            public JamfConnectLogin Login { get; init; } = Lookup.Login(Lookup.Tenant("aaaaaaaa-0000-4000-8000-000000000001"));
        }

        public static class Lookup
        {
            public static string Tenant(string value) => value;

            public static string Unreachable() => throw new InvalidOperationException("tenant directory unreachable");

            public static JamfConnectLogin Login(string tenant) => new()
            {
                OidcProvider = IdentityProvider.EntraId,
                OidcClientId = "bbbbbbbb-0000-4000-8000-000000000002",
                OidcRedirectUri = "https://127.0.0.1/jamfconnect",
                OidcTenant = tenant,
                OidcRopgId = "bbbbbbbb-0000-4000-8000-000000000002",
                RopgTenant = tenant,
                RopgScopes = "api://cccccccc-0000-4000-8000-000000000003/jamfconnect+openid+email+profile",
            };
        }
        """;

    [Fact]
    public void RuntimeOnlyErrors_FailTheBuildAtEachAttribute_WithUserSeverities_AndTheGoodProfileIsStillWritten()
    {
        var consumer = package.CreateConsumer("RuntimeErrors");
        var source = consumer.Write("Profiles.cs", RuntimeProfiles);
        // The user's analyzer severity applies to the host's finding too.
        consumer.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.PAC1002.severity = error\n");

        var build = consumer.Build();

        Assert.False(build.Succeeded, build.Output);
        AssertError(build.Output, source, SourceText.LineOf(RuntimeProfiles, "MARK-COMMON"), "PAC1003");
        AssertError(build.Output, source, SourceText.LineOf(RuntimeProfiles, "MARK-DOMAIN"), "PAC1002");
        AssertError(build.Output, source, SourceText.LineOf(RuntimeProfiles, "MARK-THROWS"), "PAC9001");
        Assert.Contains("tenant directory unreachable", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(consumer.ProfilePath("com.contoso.good.mobileconfig")), build.Output);
        Assert.False(File.Exists(consumer.ProfilePath("com.contoso.common.mobileconfig")));
        Assert.False(File.Exists(consumer.ProfilePath("com.contoso.domain.mobileconfig")));
        Assert.False(File.Exists(consumer.ProfilePath("com.contoso.throws.mobileconfig")));
    }

    [Fact]
    public void AnalyzerError_StopsTheBuildAtTheLiteral_BeforeAnyProfileIsWritten()
    {
        Assert.True(package.RepoHasAnalyzers, "the package must carry the analyzers");
        const string Source = """
            using ProfileAsCode;
            using ProfileAsCode.JamfConnect;

            [ConfigurationProfile("com.contoso.literal")]
            public sealed record LiteralTenant
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    OidcProvider = IdentityProvider.EntraId,
                    OidcClientId = "bbbbbbbb-0000-4000-8000-000000000002",
                    OidcRedirectUri = "https://127.0.0.1/jamfconnect",
                    OidcTenant = "common", // MARK-LITERAL
                };
            }
            """;
        var consumer = package.CreateConsumer("AnalyzerError");
        var path = consumer.Write("Literal.cs", Source);

        var build = consumer.Build();

        Assert.False(build.Succeeded, build.Output);
        Assert.Matches(new Regex(Regex.Escape(path) + @"\(" + SourceText.LineOf(Source, "MARK-LITERAL") + @",\d+\): error PAC1003:"), build.Output);
        Assert.False(Directory.Exists(consumer.ProfilesDirectory), "no profile may be written when compilation fails");
    }

    private static void AssertError(string output, string file, int line, string id) =>
        Assert.Matches(new Regex(Regex.Escape(file) + @"\(" + line + @",1\): error " + id + ":"), output);
}
