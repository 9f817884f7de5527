using ProfileAsCode.Host.Generation;
using ProfileAsCode.Host.Severity;
using ProfileAsCode.Host.Tenant;
using ProfileAsCode.JamfConnect;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Host.Tests.Tenant;

/// <summary>
/// The build's tenant checks: the ProfileAsCodeTenantExport files read by the rule engine's reader, every profile
/// checked against them next to the engine's rules, findings at the profile like the others, unreadable exports
/// stopping the build at the file.
/// </summary>
public sealed class TenantChecksInBuildTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static IReadOnlyList<string> SampleExports =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Tenant", "Exports"), "*.json").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void TheSamplesTenant_AgreesWithItsProfile_NothingReported_NotCheckableCounted()
    {
        var exports = TenantExportInput.Read(SampleExports, out var problems);
        Assert.Empty(problems);
        var tenant = new TenantCheckRun(exports, SampleExports.Count);

        var result = Generate(tenant, typeof(AgreeingProfile<int>));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, result.Written);
        Assert.Equal(
            [$"ProfileAsCode: checked against {SampleExports.Count} Entra ID tenant export file(s); 2 thing(s) the exports cannot show were not checked (profile-as-code entra check lists them)"],
            tenant.Describe());
    }

    [Fact]
    public void AProfileOfAnotherTenant_IsPAC5001AtItsAttribute_AndIsNotWritten_TheOtherIs()
    {
        var exports = TenantExportInput.Read(SampleExports, out _);
        var agreeing = ModelProfileSource.ToCandidate(typeof(AgreeingProfile<int>), form: null, writeBarePlist: false);
        var other = ModelProfileSource.ToCandidate(typeof(OtherTenantProfile<int>), form: null, writeBarePlist: false);

        var result = Generator(new TenantCheckRun(exports, SampleExports.Count)).Run([agreeing, other], temp.Path);

        Assert.Equal(["PAC5001", "PAC5001"], result.Diagnostics.Select(d => d.Id));
        Assert.All(result.Diagnostics, d => Assert.Equal((ReportedSeverity.Error, other.Location), (d.Severity, d.Location)));
        Assert.Contains("OIDCTenant 'dddddddd-0000-4000-8000-000000000009' is not the tenant the exports come from: aaaaaaaa-0000-4000-8000-000000000001", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal([temp.File("com.contoso.tenant.agreeing.mobileconfig")], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void UnreadableExports_AreOnePAC9002EachAtTheFile()
    {
        var broken = temp.File("broken.json");
        File.WriteAllText(broken, "{\"value\": [");
        var missing = temp.File("missing.json");
        var huge = temp.File("huge.json");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(65L * 1024 * 1024);
        }

        TenantExportInput.Read([.. SampleExports, broken, missing, huge], out var problems);

        Assert.Equal([missing, huge, broken], problems.Select(p => p.Location!.File));
        Assert.All(problems, p => Assert.Equal(("PAC9002", ReportedSeverity.Error), (p.Id, p.Severity)));
        Assert.Equal(
            $"{broken}: error PAC9002: Entra ID tenant export (ProfileAsCodeTenantExport): not readable as JSON (line 1, column 12: ",
            problems[2].Format("unused")[..($"{broken}: error PAC9002: Entra ID tenant export (ProfileAsCodeTenantExport): not readable as JSON (line 1, column 12: ".Length)]);
        Assert.Contains("no such file", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("65 MB; exports of at most 64 MB are read", problems[1].Message, StringComparison.Ordinal);
    }

    private GenerationResult Generate(TenantCheckRun tenant, Type profile) =>
        Generator(tenant).Run([ModelProfileSource.ToCandidate(profile, form: null, writeBarePlist: false)], temp.Path);

    private static ProfileGenerator Generator(TenantCheckRun tenant) =>
        new(SeverityPolicy.Default, facts => [.. RuleEngine.CheckProject(facts, RuleContext.Build), .. tenant.Check(facts)]);
}

// Generic, so that discovery over this assembly never finds them (see EnvelopeSelfCheckTests).

[ConfigurationProfile("com.contoso.tenant.agreeing")]
public sealed record AgreeingProfile<T>
{
    public JamfConnectLogin Login { get; init; } = SampleTenant.Login("aaaaaaaa-0000-4000-8000-000000000001");
}

[ConfigurationProfile("com.contoso.tenant.other")]
public sealed record OtherTenantProfile<T>
{
    public JamfConnectLogin Login { get; init; } = SampleTenant.Login("dddddddd-0000-4000-8000-000000000009");
}

internal static class SampleTenant
{
    public static JamfConnectLogin Login(string tenant) => new()
    {
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = "bbbbbbbb-0000-4000-8000-000000000002",
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
        OidcTenant = tenant,
        OidcAdminAttribute = "roles",
        OidcAdmin = ["JamfConnectAdmin"],
        OidcRopgId = "bbbbbbbb-0000-4000-8000-000000000002",
        RopgTenant = tenant,
        RopgScopes = "api://cccccccc-0000-4000-8000-000000000003/jamfconnect+openid+email+profile",
    };
}
