using System.Text;
using ProfileAsCode.Host.Generation;
using ProfileAsCode.Host.Severity;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Host.Tests.Generation;

public sealed class ProfileGeneratorTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void CleanProfiles_AreWritten_AndCountedOnceUnchangedOnTheSecondRun()
    {
        var candidates = new[] { Candidate("Alpha", "com.contoso.alpha"), Candidate("Beta", "com.contoso.beta") };
        var generator = new ProfileGenerator(SeverityPolicy.Default, NoFindings);

        var first = generator.Run(candidates, temp.Path);
        var second = generator.Run(candidates, temp.Path);

        Assert.Equal((2, 0, false), (first.Written, first.Unchanged, first.HasErrors));
        Assert.Equal((0, 2), (second.Written, second.Unchanged));
        Assert.Equal(new[] { temp.File("com.contoso.alpha.mobileconfig"), temp.File("com.contoso.beta.mobileconfig") }, second.Files);
        Assert.Equal("com.contoso.beta", File.ReadAllText(temp.File("com.contoso.beta.mobileconfig")));
    }

    [Fact]
    public void ThrowingProfile_IsPAC9001AtItsAttribute_AndTheOthersAreStillCheckedAndWritten()
    {
        var broken = new ProfileCandidate("Contoso.Broken", new SourceLocation("/src/Broken.cs", 7), () => throw new InvalidOperationException("tenant lookup failed"));
        var checkedIdentifiers = new List<string?>();
        var generator = new ProfileGenerator(SeverityPolicy.Default, facts =>
        {
            checkedIdentifiers.AddRange(facts.Select(f => f.Identifier));
            return Array.Empty<Finding>();
        });

        var result = generator.Run(new[] { broken, Candidate("Alpha", "com.contoso.alpha") }, temp.Path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "/src/Broken.cs(7,1): error PAC9001: 'Contoso.Broken' could not be built: InvalidOperationException: tenant lookup failed",
            error.Format("x.dll"));
        Assert.Equal(new[] { "com.contoso.alpha" }, checkedIdentifiers);
        Assert.True(File.Exists(temp.File("com.contoso.alpha.mobileconfig")));
        Assert.Equal((1, 1, true), (result.Written, result.Failed, result.HasErrors));
    }

    [Fact]
    public void ErrorFinding_IsReportedAtTheProfilesAttributeWithTheKey_AndThatProfileIsNotWritten()
    {
        var generator = new ProfileGenerator(SeverityPolicy.Default, facts => new[]
        {
            new Finding(RuleCatalog.TenantNotGuid, "OIDCTenant 'contoso' is not a GUID", "OIDCTenant", facts[1].Payloads[0].Keys[0].Origin),
        });

        var result = generator.Run(new[] { Candidate("Alpha", "com.contoso.alpha"), Candidate("Beta", "com.contoso.beta") }, temp.Path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "/src/Beta.cs(3,1): error PAC1001: OIDCTenant 'contoso' is not a GUID [Beta, com.jamf.connect.login] (" + RuleCatalog.TenantNotGuid.HelpLink + ")",
            error.Format("x.dll"));
        Assert.True(File.Exists(temp.File("com.contoso.alpha.mobileconfig")));
        Assert.False(File.Exists(temp.File("com.contoso.beta.mobileconfig")));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void FindingDowngradedByTheUser_IsAWarning_AndTheProfileIsWritten()
    {
        var policy = new SeverityPolicy(Array.Empty<AnalyzerConfigFile>(), noWarn: new[] { "PAC1005" });
        var generator = new ProfileGenerator(policy, facts => new[]
        {
            new Finding(RuleCatalog.TenantsDisagree, "tenants disagree", null, facts[0].Origin),
            new Finding(RuleCatalog.TenantIsDomainName, "tenant is a domain", null, facts[0].Origin),
        });

        var result = generator.Run(new[] { Candidate("Alpha", "com.contoso.alpha") }, temp.Path);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((ReportedSeverity.Warning, "PAC1002"), (warning.Severity, warning.Id));
        Assert.False(result.HasErrors);
        Assert.True(File.Exists(temp.File("com.contoso.alpha.mobileconfig")));
    }

    [Fact]
    public void FindingBelowItsRulesDefault_IsAWarning_AndTheProfileIsWritten_UnlessTheUserRaisesIt()
    {
        // PAC4001 is an error by default; a key only Apple's prose asks for is reported as a warning.
        Func<IReadOnlyList<ProfileFacts>, IReadOnlyList<Finding>> check = facts => new[]
        {
            new Finding(RuleCatalog.AppleRequiredKeyMissing, "ProxyServer is missing although ProxyType is 'Manual'", "ProxyServer", facts[0].Origin, severity: RuleSeverity.Warning),
        };

        var result = new ProfileGenerator(SeverityPolicy.Default, check).Run(new[] { Candidate("Alpha", "com.contoso.alpha") }, temp.Path);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((ReportedSeverity.Warning, "PAC4001"), (warning.Severity, warning.Id));
        Assert.False(result.HasErrors);
        Assert.True(File.Exists(temp.File("com.contoso.alpha.mobileconfig")));

        var raised = new SeverityPolicy(Array.Empty<AnalyzerConfigFile>(), warningsAsErrors: new[] { "PAC4001" });
        var strict = new ProfileGenerator(raised, check).Run(new[] { Candidate("Beta", "com.contoso.beta") }, temp.Path);
        Assert.Equal(ReportedSeverity.Error, Assert.Single(strict.Diagnostics).Severity);
        Assert.False(File.Exists(temp.File("com.contoso.beta.mobileconfig")));
    }

    private static IReadOnlyList<Finding> NoFindings(IReadOnlyList<ProfileFacts> facts) => Array.Empty<Finding>();

    private static ProfileCandidate Candidate(string name, string identifier) => new(
        name,
        new SourceLocation($"/src/{name}.cs", 3),
        () => new BuiltOutput(
            new ProfileFacts(identifier, new[]
            {
                new PayloadFacts("com.jamf.connect.login", new[] { new KeyFact("OIDCTenant", FactValue.Of("contoso")) }),
            }),
            Array.Empty<Finding>(),
            new[] { new OutputFile(identifier + ".mobileconfig", Encoding.UTF8.GetBytes(identifier)) }));
}
