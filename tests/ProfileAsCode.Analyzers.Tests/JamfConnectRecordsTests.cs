using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.ProfileAnalyzer>;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>The library's own Jamf Connect records, read from metadata as a user's project sees them.</summary>
public sealed class JamfConnectRecordsTests
{
    [Fact]
    public async Task RecommendedEntraRopgProfile_NoDiagnostic()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;
            using ProfileAsCode.JamfConnect;

            [ConfigurationProfile("com.contoso.jamfconnect", DisplayName = "Jamf Connect — Entra ID (ROPG, MFA kept)", Organization = "Contoso")]
            public sealed record ContosoJamfConnect
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    OidcProvider = IdentityProvider.EntraId,
                    OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                    OidcRedirectUri = "https://127.0.0.1/jamfconnect",
                    OidcTenant = "9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
                    OidcAdminAttribute = "roles",
                    OidcAdmin = ["admin"],
                    OidcRopgId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                    RopgTenant = "9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
                    RopgScopes = "api://5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b/jamfconnect+openid+email+profile",
                };

                public JamfConnectMenuBar MenuBar { get; init; } = new()
                {
                    IdPSettings = new()
                    {
                        Provider = IdentityProvider.EntraId,
                        RopgId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                        TenantId = "9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
                    },
                };
            }
            """);
    }

    [Fact]
    public async Task TypicalMistakes_EachAtItsLiteral()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;
            using ProfileAsCode.JamfConnect;

            [ConfigurationProfile("com.contoso.jamfconnect")]
            public sealed record ContosoJamfConnect
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    OidcProvider = IdentityProvider.EntraId,
                    OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                    OidcRedirectUri = "https://127.0.0.1/jamfconnect",
                    OidcTenant = {|PAC1003:"common"|},
                    OidcRopgId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                    RopgTenant = "9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
                    RopgScopes = {|PAC1023:"api://5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b/jamfconnect+https://graph.microsoft.com/User.Read+openid"|},
                };
            }
            """);
    }
}
