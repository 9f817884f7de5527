using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.PayloadDefaultsAnalyzer>;

namespace ProfileAsCode.Analyzers.Tests;

public sealed class PayloadDefaultsAnalyzerTests
{
    [Fact]
    public async Task PropertyInitializer_BadConstant_ReportedOnTheLiteral()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            [PreferenceDomain("com.example.defaults")]
            public sealed record Defaults
            {
                [PayloadKey("Tenant"), EntraTenantId] public string? Tenant { get; init; } = {|PAC1003:"common"|};

                [PayloadKey("Portal"), AbsoluteUri("https")] public string? Portal { get; init; } = {|PAC2002:"portal.example.com"|};
            }
            """);
    }

    [Fact]
    public async Task PropertyInitializer_ValidOrNotConstant_NoDiagnostic()
    {
        await Verify.AnalyzeAsync("""
            using System;
            using ProfileAsCode;

            [PreferenceDomain("com.example.defaults")]
            public sealed record Defaults
            {
                [PayloadKey("Tenant"), EntraTenantId] public string? Tenant { get; init; } = "9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";

                [PayloadKey("Other"), EntraTenantId] public string? Other { get; init; } = Environment.GetEnvironmentVariable("TENANT");
            }
            """);
    }

    [Fact]
    public async Task JamfDefaults_OtherKeysAreUnknown_SoNothingIsCalledMissing()
    {
        // Provider Okta would require AuthServer, but each instance may set it: not reported here.
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            [PreferenceDomain("com.jamf.connect.login")]
            public sealed record LoginDefaults
            {
                [PayloadKey("OIDCProvider")] public string? OidcProvider { get; init; } = "Okta";

                [PayloadKey("AuthServer")] public string? AuthServer { get; init; }
            }
            """);
    }

    [Fact]
    public async Task NotAPayloadRecord_NotChecked()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            public sealed record NotAPayload
            {
                [PayloadKey("Tenant"), EntraTenantId] public string? Tenant { get; init; } = "common";
            }
            """);
    }
}
