using ProfileAsCode.Rules.Tenant.Exports;
using ProfileAsCode.Rules.Tenant.SignIns;
using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class SignInDiagnosisTests
{
    private static readonly string Ropg = TenantScenario.Fixture("objects/signin-ropg.json");
    private static readonly string Interactive = TenantScenario.Fixture("objects/signin-interactive.json");
    private static readonly string Interrupt = TenantScenario.Fixture("objects/signin-interactive-interrupt.json");
    private static readonly string OtherApp = TenantScenario.Fixture("objects/signin-other-app.json");

    public static TheoryData<string> LogShapes => new() { "graph", "portal" };

    private static SignInLog Log(string shape, params string[] records)
    {
        var json = shape == "graph" ? ExportShapes.GraphPage("auditLogs/signIns", records).Replace("v1.0", "beta", StringComparison.Ordinal) : ExportShapes.BareArray(records);
        var log = SignInLogReader.Read(new[] { new ExportFile("signins.json", json) });
        Assert.Empty(log.Problems);
        return log;
    }

    private static SignInReport Diagnose(SignInLog log) =>
        SignInDiagnosis.Diagnose(log, SignInDiagnosis.ClientAppIdsOf(EntraRopgScenario()), SignInDiagnosis.ApiAppIdsOf(EntraRopgScenario()));

    [Theory]
    [MemberData(nameof(LogShapes))]
    public void TheGuidesTestPasses(string shape)
    {
        var report = Diagnose(Log(shape, Ropg, Interactive, Interrupt, OtherApp));

        Assert.True(report.DesignMet, string.Join("\n", report.Groups.SelectMany(g => g.Deviations).Concat(report.Notes)));
        Assert.Equal(1, report.Ignored);
        Assert.Collection(
            report.Groups,
            interactive =>
            {
                Assert.Equal((SignInKind.InteractiveOidc, Verdict.MatchesDesign, 2, 1), (interactive.Kind, interactive.Verdict, interactive.Count, interactive.Successes));
                var prompt = Assert.Single(interactive.Failures);
                Assert.Equal((50074L, FailureKind.Expected), (prompt.Code.Code, prompt.Kind));
            },
            ropg => Assert.Equal((SignInKind.Ropg, Verdict.MatchesDesign, "alexw@contoso.onmicrosoft.com"), (ropg.Kind, ropg.Verdict, ropg.User)));
    }

    [Fact]
    public void RopgMeetingMfaDoesNotMatch()
    {
        var failing = Ropg.Replace("\"errorCode\": 0, \"failureReason\": \"Other.\"", "\"errorCode\": 50076, \"failureReason\": \"Due to a configuration change made by your administrator, you must use multi-factor authentication.\"", StringComparison.Ordinal);

        var report = Diagnose(Log("graph", failing, Interactive));

        Assert.False(report.DesignMet);
        var ropg = Assert.Single(report.Groups, g => g.Kind == SignInKind.Ropg);
        Assert.Equal(Verdict.DoesNotMatch, ropg.Verdict);
        var failure = Assert.Single(ropg.Failures);
        Assert.Equal((50076L, FailureKind.Configuration), (failure.Code.Code, failure.Kind));
        Assert.Contains("PAC5011", failure.Code.Fix);
        Assert.StartsWith("https://", failure.Code.Source);
        Assert.Contains(ropg.Deviations, d => d.Contains("AADSTS50076", StringComparison.Ordinal));
        Assert.Empty(ropg.Observations); // the failure is listed once, in Failures, for callers that list them
    }

    [Fact]
    public void SingleFactorInteractiveLoginDoesNotMatch()
    {
        var singleFactor = Interactive.Replace("\"authenticationRequirement\": \"multiFactorAuthentication\"", "\"authenticationRequirement\": \"singleFactorAuthentication\"", StringComparison.Ordinal);

        var report = Diagnose(Log("graph", Ropg, singleFactor));

        Assert.False(report.DesignMet);
        Assert.Contains("not MFA-protected", Assert.Single(Assert.Single(report.Groups, g => g.Kind == SignInKind.InteractiveOidc).Deviations));
    }

    [Fact]
    public void RopgWithAConditionalAccessPolicyAppliedDoesNotMatch()
    {
        var applied = Ropg.Replace("\"conditionalAccessStatus\": \"notApplied\"", "\"conditionalAccessStatus\": \"success\"", StringComparison.Ordinal)
            .Replace("\"result\": \"notApplied\"", "\"result\": \"success\"", StringComparison.Ordinal);

        var ropg = Assert.Single(Diagnose(Log("graph", applied, Interactive)).Groups, g => g.Kind == SignInKind.Ropg);

        Assert.Contains("'Require MFA - all users - all resources (Jamf Connect API excluded)'", Assert.Single(ropg.Deviations));
        Assert.Equal(ropg.Deviations, ropg.Observations);
    }

    [Fact]
    public void AWrongPasswordIsTheUsersNotTheSetups()
    {
        var wrong = Ropg.Replace("\"errorCode\": 0", "\"errorCode\": 50126", StringComparison.Ordinal).Replace("a1a1a1a1-0000-4000-8000-000000005101", "a1a1a1a1-0000-4000-8000-000000005199", StringComparison.Ordinal);

        var report = Diagnose(Log("graph", Ropg, wrong, Interactive));

        Assert.True(report.DesignMet);
        Assert.Equal(FailureKind.Account, Assert.Single(Assert.Single(report.Groups, g => g.Kind == SignInKind.Ropg).Failures).Kind);
    }

    [Fact]
    public void WithoutAProfileTheJamfConnectAppIsFoundByName()
    {
        var report = SignInDiagnosis.Diagnose(Log("portal", Ropg, Interactive, OtherApp));

        Assert.Equal(new[] { OidcAppGuid }, report.ClientAppIds);
        Assert.True(report.DesignMet);
    }

    [Fact]
    public void AV1LogWithoutProtocolFallsBackToTheResource()
    {
        var v1 = Ropg.Replace("\"authenticationProtocol\": \"ropc\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"authenticationRequirement\": \"singleFactorAuthentication\",", string.Empty, StringComparison.Ordinal);

        var report = Diagnose(Log("graph", v1));

        var ropg = Assert.Single(report.Groups);
        Assert.Equal((SignInKind.Ropg, Verdict.Undecided), (ropg.Kind, ropg.Verdict));
        Assert.Contains(report.Notes, n => n.Contains("beta", StringComparison.Ordinal));
        Assert.False(report.DesignMet);
    }

    [Fact]
    public void ARecordInTwoDownloadsCountsOnce()
    {
        var log = SignInLogReader.Read(new[] { new ExportFile("a.json", ExportShapes.BareArray(new[] { Ropg })), new ExportFile("b.json", ExportShapes.BareArray(new[] { Ropg, Interactive })) });

        Assert.Equal(2, log.Records.Count);
    }

    [Fact]
    public void ATenantExportIsNoSignInLog()
    {
        var log = SignInLogReader.Read(new[] { new ExportFile("apps.json", "[" + TenantScenario.Fixture("objects/application-api.json") + "]") });

        Assert.Contains("is no sign-in record", Assert.Single(log.Problems));
    }

    [Fact]
    public void UnknownCodesPointAtMicrosoftsLookup()
    {
        Assert.Equal("https://login.microsoftonline.com/error?code=12345", AadstsCodes.Explain(12345).Source);
    }
}
