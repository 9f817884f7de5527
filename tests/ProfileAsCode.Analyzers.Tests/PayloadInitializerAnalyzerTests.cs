using ProfileAsCode.Analyzers.Tests.Infrastructure;
using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.PayloadInitializerAnalyzer>;

namespace ProfileAsCode.Analyzers.Tests;

public sealed class PayloadInitializerAnalyzerTests
{
    private const string Tenant = "9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
    private const string Client = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

    [Fact]
    public async Task ObjectInitializer_TenantCommon_ReportedOnTheLiteral()
    {
        await Verify.AnalyzeAsync("""
            using TestPayloads;

            static class Build
            {
                static Login Create() => new Login { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", OidcTenant = {|PAC1003:"common"|} };
            }
            """);
    }

    [Fact]
    public async Task ApplePayloadRecord_ValueRulesApply()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            [ApplePayload("com.apple.example")]
            public sealed record AppleExample { [EntraTenantId] public string? Tenant { get; init; } }

            static class Build
            {
                static AppleExample Create() => new() { Tenant = {|PAC1003:"common"|} };
            }
            """);
    }

    [Fact]
    public async Task ObjectInitializer_ValidValues_NoDiagnostic()
    {
        await Verify.AnalyzeAsync($$"""
            using TestPayloads;

            static class Build
            {
                static Login Create() => new()
                {
                    OidcProvider = Provider.EntraId,
                    OidcClientId = "{{Client}}",
                    OidcTenant = "{{Tenant}}",
                    OidcRopgId = "{{Client}}",
                    RopgTenant = "{{Tenant}}",
                    RopgScopes = "api://5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b/jamfconnect+openid+email+profile",
                    OidcAdminAttribute = "roles",
                    OidcAdmin = ["admin"],
                };
            }
            """);
    }

    [Fact]
    public async Task NonConstantValues_AreNotGuessedAt()
    {
        await Verify.AnalyzeAsync("""
            using System;
            using TestPayloads;

            static class Build
            {
                static readonly string Tenant = "common";

                static Login Create(string scopes) => new()
                {
                    OidcProvider = Provider.EntraId,
                    OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                    OidcTenant = Tenant,
                    RopgTenant = Environment.GetEnvironmentVariable("ROPG_TENANT"),
                    RopgScopes = scopes,
                };
            }
            """);
    }

    [Fact]
    public async Task ConstantFromAConstField_IsChecked()
    {
        await Verify.AnalyzeAsync("""
            using TestPayloads;

            static class Build
            {
                const string Tenant = "common";

                static Login Create() => new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", OidcTenant = {|PAC1003:Tenant|} };
            }
            """);
    }

    [Fact]
    public async Task RuleDependsOnTheProviderKey_OtherProvider_NotReported()
    {
        await Verify.AnalyzeAsync("""
            using TestPayloads;

            static class Build
            {
                static Login Create() => new() { OidcProvider = Provider.OktaIdentityEngine, OidcTenant = "common" };
            }
            """);
    }

    [Fact]
    public async Task WithExpression_ChecksTheAssignedConstants_AndCallsNothingMissing()
    {
        await Verify.AnalyzeAsync("""
            using TestPayloads;

            static class Build
            {
                static Login Change(Login baseline) => baseline with { OidcProvider = Provider.EntraId, RopgTenant = {|PAC1002:"contoso.onmicrosoft.com"|} };
            }
            """);
    }

    [Fact]
    public async Task WithExpression_ProviderOnlyInTheReceiver_IsNotGuessed()
    {
        // The receiver may or may not say Entra ID; the build host checks the real value.
        await Verify.AnalyzeAsync("""
            using TestPayloads;

            static class Build
            {
                static Login Change(Login baseline) => baseline with { RopgTenant = "contoso.onmicrosoft.com" };
            }
            """);
    }

    [Fact]
    public async Task PositionalRecordArguments_AreChecked()
    {
        await Verify.AnalyzeAsync("""
            using TestPayloads;

            static class Build
            {
                static TenantOnly Create() => new TenantOnly({|PAC1003:"consumers"|}, "name");
            }
            """);
    }

    [Fact]
    public async Task NestedRecordInitializer_BecomesDottedKeyPath()
    {
        await Verify.AnalyzeAsync("""
            using TestPayloads;

            static class Build
            {
                static MenuBar Create() => new()
                {
                    IdPSettings = new() { Provider = Provider.EntraId, RopgId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", TenantId = {|PAC1001:"not a tenant"|} },
                };
            }
            """);
    }

    [Fact]
    public async Task CrossFieldRule_OverOneInitializer()
    {
        await Verify.AnalyzeAsync($$"""
            using TestPayloads;

            static class Build
            {
                static Login Create() => new()
                {
                    OidcProvider = Provider.EntraId,
                    OidcClientId = "{{Client}}",
                    OidcRopgId = {|PAC1011:"5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"|},
                };
            }
            """);
    }

    [Fact]
    public async Task CollectionExpression_IsReadAsAnArray()
    {
        await Verify.AnalyzeAsync("""
            using TestPayloads;

            static class Build
            {
                static Login Create() => new()
                {
                    OidcProvider = Provider.EntraId,
                    OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                    OidcAdminAttribute = "admin",
                    OidcAdmin = {|PAC2004:["roles"]|},
                };
            }
            """);
    }

    [Fact]
    public async Task AttributeRulesOnACustomDomain_AreApplied()
    {
        await Verify.AnalyzeAsync("""
            using TestPayloads;

            static class Build
            {
                static SignIn Create() => new()
                {
                    Tenant = {|PAC1001:"not-a-guid"|},
                    Portal = {|PAC2002:"ftp://portal.example.com"|},
                    ClientSecret = {|PAC2005:"s3cr3t-value"|},
                    Retries = 3,
                };
            }
            """);
    }

    [Fact]
    public async Task NullMeansNotSet_NoDiagnostic()
    {
        await Verify.AnalyzeAsync("""
            using TestPayloads;

            static class Build
            {
                static Login Create() => new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", OidcTenant = null, RopgScopes = null };
            }
            """);
    }

    [Fact]
    public async Task GeneratedCode_IsSkipped()
    {
        await Verify.AnalyzeAsync("""
            // <auto-generated/>
            using TestPayloads;

            static class Build
            {
                static Login Create() => new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", OidcTenant = "common" };
            }
            """);
    }

    [Fact]
    public async Task ProfilePayloads_LeftToTheProfileAnalyzer()
    {
        // ProfileAnalyzer reports this literal (with the profile's other payloads); this analyzer must not report it again.
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;
            using TestPayloads;

            [ConfigurationProfile("com.contoso.jamfconnect")]
            public sealed record Profile
            {
                public Login Login { get; init; } = new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", OidcTenant = "common" };
            }
            """);
    }
}
