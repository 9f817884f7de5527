using System.Text;
using ProfileAsCode.Host.Generation;
using ProfileAsCode.Host.Severity;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Host.Tests.Generation;

/// <summary>The host leaves out what the analyzers reported in the compile's SARIF log (2.1 and 1.0), and nothing else.</summary>
public sealed class CompilerReportedTests : IDisposable
{
    private const string Message = "OIDCTenant is the domain name 'contoso.com'.";

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Sarif21Results_AreRead_WithSuppressedOnesAndWithoutOtherTools()
    {
        var log = Write("""
            {"version":"2.1.0","runs":[{"results":[
              {"ruleId":"PAC1002","level":"warning","message":{"text":"OIDCTenant is the domain name 'contoso.com'."}},
              {"ruleId":"PAC1003","level":"error","message":{"text":"suppressed one"},"suppressions":[{"kind":"inSource"}]},
              {"ruleId":"CS0168","level":"warning","message":{"text":"unused"}}]}]}
            """);

        var reported = CompilerReported.Read(log);

        Assert.Equal(2, reported.Count);
        Assert.True(reported.Contains("PAC1002", Message));
        Assert.True(reported.Contains("PAC1003", "suppressed one"));
        Assert.False(reported.Contains("PAC1002", "another message"));
    }

    [Fact]
    public void Sarif10Results_AreRead()
    {
        var log = Write("""{"version":"1.0.0","runs":[{"results":[{"ruleId":"PAC1002","message":"OIDCTenant is the domain name 'contoso.com'."}]}]}""");

        Assert.True(CompilerReported.Read(log).Contains("PAC1002", Message));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("missing.sarif")]
    [InlineData("broken")]
    public void NoReadableLog_MeansNothingWasReported(string? name)
    {
        var path = name switch
        {
            null => null,
            "broken" => Write("{\"runs\": [ {\"results\": "),
            _ => temp.File(name),
        };

        Assert.Equal(0, CompilerReported.Read(path).Count);
    }

    [Fact]
    public void Generator_LeavesOutWhatTheCompilerReported_AndReportsTheRest()
    {
        var log = CompilerReported.Read(Write("""{"runs":[{"results":[{"ruleId":"PAC1002","message":{"text":"OIDCTenant is the domain name 'contoso.com'."}}]}]}"""));
        var generator = new ProfileGenerator(
            SeverityPolicy.Default,
            facts => new[]
            {
                new Finding(RuleCatalog.TenantIsDomainName, Message, "OIDCTenant", facts[0].Payloads[0].Keys[0].Origin),
                new Finding(RuleCatalog.TenantIsDomainName, "OIDCTenant is the domain name 'northwind.com'.", "OIDCTenant", facts[0].Payloads[0].Keys[0].Origin),
            },
            compilerReported: log);

        var result = generator.Run(new[] { Candidate() }, temp.Path);

        var shown = Assert.Single(result.Diagnostics);
        Assert.Contains("northwind.com", shown.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.AlreadyReported);
    }

    [Fact]
    public void ErrorTheCompilerReported_DoesNotHoldBackTheProfile()
    {
        // Reaching the host, the compile succeeded: the user suppressed the error in source.
        var log = CompilerReported.Read(Write("""{"runs":[{"results":[{"ruleId":"PAC1003","message":{"text":"tenant is common"},"suppressions":[{"kind":"inSource"}]}]}]}"""));
        var generator = new ProfileGenerator(
            SeverityPolicy.Default,
            facts => new[] { new Finding(RuleCatalog.TenantIsCommonOrConsumers, "tenant is common", "OIDCTenant", facts[0].Payloads[0].Keys[0].Origin) },
            compilerReported: log);

        var result = generator.Run(new[] { Candidate() }, temp.Path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, result.Written);
    }

    private string Write(string json)
    {
        var path = temp.File(Guid.NewGuid().ToString("N") + ".sarif");
        File.WriteAllText(path, json);
        return path;
    }

    private static ProfileCandidate Candidate() => new(
        "Alpha",
        new SourceLocation("/src/Alpha.cs", 3),
        () => new BuiltOutput(
            new ProfileFacts("com.contoso.alpha", new[] { new PayloadFacts("com.jamf.connect.login", new[] { new KeyFact("OIDCTenant", FactValue.Of("contoso.com")) }) }),
            Array.Empty<Finding>(),
            new[] { new OutputFile("com.contoso.alpha.mobileconfig", Encoding.UTF8.GetBytes("alpha")) }));
}
