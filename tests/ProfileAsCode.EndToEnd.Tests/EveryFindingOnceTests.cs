using System.Text.RegularExpressions;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// A finding is shown once: the compiler shows what the analyzers see at its literal, the build host only what
/// is computed when the records run (it reads the compile's SARIF log and leaves out what the analyzers reported).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class EveryFindingOnceTests(PackageFixture package)
{
    private const string Profiles = """
        using ProfileAsCode;
        using ProfileAsCode.JamfConnect;

        namespace Contoso;

        [ConfigurationProfile("com.contoso.literal")]
        public sealed record LiteralDomainTenant
        {
            public JamfConnectLogin Login { get; init; } = new()
            {
                OidcProvider = IdentityProvider.EntraId,
                OidcClientId = "bbbbbbbb-0000-4000-8000-000000000002",
                OidcTenant = "contoso.onmicrosoft.com", // MARK-ONE
                OidcRopgId = "bbbbbbbb-0000-4000-8000-000000000002",
                RopgTenant = "contoso.onmicrosoft.com", // MARK-TWO
            };

            public JamfConnectMenuBar MenuBar { get; init; } = new()
            {
                IdPSettings = new()
                {
                    Provider = IdentityProvider.EntraId,
                    RopgId = "bbbbbbbb-0000-4000-8000-000000000002",
                    TenantId = "contoso.onmicrosoft.com", // MARK-THREE
                },
            };
        }

        [ConfigurationProfile("com.contoso.suppressed")]
        public sealed record SuppressedInSource
        {
            public JamfConnectLogin Login { get; init; } = new()
            {
                OidcProvider = IdentityProvider.EntraId,
                OidcClientId = "bbbbbbbb-0000-4000-8000-000000000002",
        #pragma warning disable PAC1002
                OidcTenant = "fabrikam.onmicrosoft.com",
        #pragma warning restore PAC1002
            };
        }

        [ConfigurationProfile("com.contoso.runtime")] // MARK-RUNTIME
        public sealed record RuntimeDomainTenant
        {
            public JamfConnectLogin Login { get; init; } = new()
            {
                OidcProvider = IdentityProvider.EntraId,
                OidcClientId = "bbbbbbbb-0000-4000-8000-000000000002",
                OidcTenant = TenantDirectory.Tenant(),
            };
        }

        public static class TenantDirectory
        {
            public static string Tenant() => "northwind.onmicrosoft.com";
        }
        """;

    [Fact]
    public void DomainTenantInThreeLiteralsAndOneComputedValue_IsFourWarnings()
    {
        Assert.True(package.RepoHasAnalyzers, "the package must carry the analyzers");
        var consumer = package.CreateConsumer("EveryFindingOnce");
        var source = consumer.Write("Profiles.cs", Profiles);

        var build = consumer.Build();

        Assert.True(build.Succeeded, build.Output);
        var warnings = DistinctWarnings(build.Output, "PAC1002");
        Assert.True(warnings.Count == 4, string.Join("\n", warnings));
        foreach (var mark in new[] { "MARK-ONE", "MARK-TWO", "MARK-THREE" })
        {
            Assert.Contains(warnings, w => Regex.IsMatch(w, Regex.Escape(source) + @"\(" + SourceText.LineOf(Profiles, mark) + @",\d+\): warning PAC1002: "));
        }

        // The host's one: the computed tenant, at the [ConfigurationProfile] attribute, naming the property.
        var runtime = Assert.Single(warnings, w => w.Contains("northwind", StringComparison.Ordinal));
        Assert.Matches(Regex.Escape(source) + @"\(" + SourceText.LineOf(Profiles, "MARK-RUNTIME") + @",1\): warning PAC1002: ", runtime);
        Assert.Contains("[RuntimeDomainTenant.Login.OidcTenant, com.jamf.connect.login]", runtime, StringComparison.Ordinal);
        Assert.DoesNotContain(warnings, w => w.Contains("fabrikam", StringComparison.Ordinal));
        Assert.True(File.Exists(consumer.ProfilePath("com.contoso.literal.mobileconfig")), build.Output);
    }

    [Fact]
    public void WithoutTheCompilerLog_NoErrorLogIsWritten_AndTheHostAlsoReportsWhatTheAnalyzersSaw()
    {
        var consumer = package.CreateConsumer("NoCompilerLog");
        consumer.Write("Profiles.cs", Profiles);

        var build = consumer.Build("-p:ProfileAsCodeCompilerLog=false");

        Assert.True(build.Succeeded, build.Output);
        Assert.Empty(Directory.GetFiles(Path.Combine(consumer.Directory, "obj"), "*.sarif", SearchOption.AllDirectories));
        var warnings = DistinctWarnings(build.Output, "PAC1002");
        // The documented trade-off (ProfileAsCode.props): the host cannot see the source suppression, nor what the
        // analyzers reported at the literals, so it reports those too.
        Assert.Contains(warnings, w => w.Contains("fabrikam", StringComparison.Ordinal));
        Assert.True(warnings.Count > 4, string.Join("\n", warnings));
    }

    [Fact]
    public void JamfConnectVersionProperty_ReachesAnalyzerAndHost()
    {
        const string Source = """
            using ProfileAsCode;
            using ProfileAsCode.JamfConnect;

            [ConfigurationProfile("com.contoso.version")] // MARK-HOST
            public sealed record VersionedLogin
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    OidcProvider = IdentityProvider.EntraId, // MARK-LITERAL
                    OidcClientId = "bbbbbbbb-0000-4000-8000-000000000002",
                    OidcTenant = "aaaaaaaa-0000-4000-8000-000000000001",
                };

                public JamfConnectMenuBar MenuBar { get; init; } = new()
                {
                    IdPSettings = new()
                    {
                        Provider = Providers.Current(),
                        RopgId = "bbbbbbbb-0000-4000-8000-000000000002",
                        TenantId = "aaaaaaaa-0000-4000-8000-000000000001",
                    },
                };
            }

            public static class Providers
            {
                public static IdentityProvider Current() => IdentityProvider.EntraId;
            }
            """;
        var consumer = package.CreateConsumer("JamfConnectVersion");
        var source = consumer.Write("Versioned.cs", Source);

        var older = consumer.Build("-p:ProfileAsCodeJamfConnectVersion=2.12");

        Assert.True(older.Succeeded, older.Output);
        var warnings = DistinctWarnings(older.Output, "PAC2009");
        Assert.True(warnings.Count == 2, string.Join("\n", warnings));
        Assert.Contains(warnings, w => Regex.IsMatch(w, Regex.Escape(source) + @"\(" + SourceText.LineOf(Source, "MARK-LITERAL") + @",\d+\): warning PAC2009: OIDCProvider is 'EntraID'"));
        Assert.Contains(warnings, w => Regex.IsMatch(w, Regex.Escape(source) + @"\(" + SourceText.LineOf(Source, "MARK-HOST") + @",1\): warning PAC2009: IdPSettings.Provider is 'EntraID'"));

        var current = consumer.Build("-p:ProfileAsCodeJamfConnectVersion=3.2");

        Assert.True(current.Succeeded, current.Output);
        Assert.Empty(DistinctWarnings(current.Output, "PAC2009"));
    }

    // MSBuild repeats every warning in its summary: each finding once, as the distinct lines.
    private static List<string> DistinctWarnings(string output, string id) =>
        output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains(": warning " + id + ":", StringComparison.Ordinal))
            .Select(line => Regex.Replace(line, @" \[[^\[\]]*\.csproj(::[^\]]*)?\]$", string.Empty))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
