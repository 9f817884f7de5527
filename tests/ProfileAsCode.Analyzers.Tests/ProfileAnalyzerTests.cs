using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.ProfileAnalyzer>;

namespace ProfileAsCode.Analyzers.Tests;

public sealed class ProfileAnalyzerTests
{
    [Fact]
    public async Task IdentifierNotReverseDns_ReportedOnTheAttributeArgument()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            [ConfigurationProfile({|PAC3010:"jamf connect"|})]
            public sealed record Profile;
            """);
    }

    [Fact]
    public async Task EmptyIdentifier_IsAnErrorOnTheAttributeArgument()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            [ConfigurationProfile({|PAC3001:""|})]
            public sealed record Profile;
            """);
    }

    [Fact]
    public async Task PayloadInProfileInitializer_ReportedOnceOnTheLiteral()
    {
        // Also a PayloadInitializerAnalyzer case; see PayloadInitializerAnalyzerTests.ProfilePayloads_LeftToTheProfileAnalyzer.
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;
            using TestPayloads;

            [ConfigurationProfile("com.contoso.jamfconnect")]
            public sealed record Profile
            {
                public Login Login { get; init; } = new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", OidcTenant = {|PAC1003:"common"|} };
            }
            """);
    }

    [Fact]
    public async Task TenantsDisagreeAcrossPayloads_ProfileLevelRule()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;
            using TestPayloads;

            [ConfigurationProfile("com.contoso.jamfconnect")]
            public sealed record Profile
            {
                public Login Login { get; init; } = new()
                {
                    OidcProvider = Provider.EntraId,
                    OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                    OidcTenant = "9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
                };

                public MenuBar MenuBar { get; init; } = new()
                {
                    IdPSettings = new()
                    {
                        Provider = Provider.EntraId,
                        RopgId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                        TenantId = {|PAC1005:"0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"|},
                    },
                };
            }
            """);
    }

    [Fact]
    public async Task ValidProfile_NoDiagnostic()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;
            using TestPayloads;

            [ConfigurationProfile("com.contoso.jamfconnect", DisplayName = "Jamf Connect")]
            public sealed record Profile
            {
                public Login Login { get; init; } = new()
                {
                    OidcProvider = Provider.EntraId,
                    OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                    OidcTenant = "9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
                };
            }
            """);
    }

    [Fact]
    public async Task PayloadFromANonConstantExpression_IsNotGuessed()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;
            using TestPayloads;

            [ConfigurationProfile("com.contoso.jamfconnect")]
            public sealed record Profile
            {
                public static Login Shared { get; } = new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d" };

                public Login Login { get; init; } = Shared;
            }
            """);
    }
}
