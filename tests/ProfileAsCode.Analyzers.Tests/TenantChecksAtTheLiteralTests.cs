using Microsoft.CodeAnalysis.Testing;
using ProfileAsCode.Analyzers.Tests.Infrastructure;
using ProfileAsCode.Testing.Tenant;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>
/// PAC5001–PAC5016 while the admin types: the profile analyzer checks the record's literals against the project's
/// tenant exports (additional files marked as such), one test per finding family, at the literal of the key.
/// </summary>
public sealed class TenantChecksAtTheLiteralTests
{
    private const string Tenant = TenantExportSet.Tenant;
    private const string Client = TenantExportSet.ClientId;
    private const string Api = TenantExportSet.ApiAppId;
    private const string Scopes = "api://" + Api + "/jamfconnect+openid+email+profile";

    private static string Profile(string login, string redirect = "\"https://127.0.0.1/jamfconnect\"") => $$"""
        using ProfileAsCode;
        using ProfileAsCode.JamfConnect;

        [ConfigurationProfile("com.contoso.jamfconnect")]
        public sealed record Profile
        {
            public JamfConnectLogin Login { get; init; } = new()
            {
                OidcProvider = IdentityProvider.EntraId,
                OidcRedirectUri = {{redirect}},
                OidcAdminAttribute = "roles",
                {{login}}
            };
        }
        """;

    private static string Agreeing(string tenant = "\"" + Tenant + "\"", string client = "\"" + Client + "\"", string ropgClient = "\"" + Client + "\"", string scopes = "\"" + Scopes + "\"", string extra = "", string redirect = "\"https://127.0.0.1/jamfconnect\"") => Profile($"""
        OidcTenant = {tenant},
                RopgTenant = {tenant},
                OidcClientId = {client},
                OidcRopgId = {ropgClient},
                RopgScopes = {scopes},
                OidcAdmin = ["admin"],{extra}
        """, redirect);

    [Fact]
    public async Task AgreeingProfile_NoFinding()
    {
        await TenantVerifier.AnalyzeAsync(Agreeing());
    }

    [Fact]
    public async Task Tenant_AnotherTenant_IsPAC5001AtEachTenantLiteral()
    {
        await TenantVerifier.AnalyzeAsync(Agreeing(tenant: "{|PAC5001:\"aaaaaaaa-0000-4000-8000-000000000001\"|}"));
    }

    [Fact]
    public async Task Tenant_TheFixWritesTheExportedTenant()
    {
        await TenantVerifier.FixAsync(
            Agreeing(tenant: "{|PAC5001:\"aaaaaaaa-0000-4000-8000-000000000001\"|}"),
            Agreeing());
    }

    [Fact]
    public async Task Clients_UnknownApiAppAndConfidential_ArePAC5002_PAC5003_PAC5004_AtTheClientLiterals()
    {
        await TenantVerifier.AnalyzeAsync(Agreeing(client: "{|PAC5002:\"00000000-1111-4222-8333-444444444444\"|}", ropgClient: "{|PAC1011:{|PAC5003:\"" + Api + "\"|}|}"));

        var confidential = new TenantExportSet().Edit("application-endpoint", "\"isFallbackPublicClient\": true", "\"isFallbackPublicClient\": false");
        await TenantVerifier.AnalyzeAsync(Agreeing(ropgClient: "{|PAC5004:\"" + Client + "\"|}"), confidential.Files(ExportShape.BareArray));
    }

    [Fact]
    public async Task RedirectUriUnderWeb_AndSecretOnAPublicClient_ArePAC5005_PAC5016()
    {
        var web = new TenantExportSet()
            .Edit("application-endpoint", "\"publicClient\": { \"redirectUris\": [\"https://127.0.0.1/jamfconnect\"] }", "\"publicClient\": { \"redirectUris\": [] }")
            .Edit("application-endpoint", "\"redirectUris\": [],\n    \"implicitGrantSettings\"", "\"redirectUris\": [\"https://127.0.0.1/jamfconnect\"],\n    \"implicitGrantSettings\"");
        await TenantVerifier.AnalyzeAsync(
            Agreeing(redirect: "{|PAC5005:\"https://127.0.0.1/jamfconnect\"|}"),
            web.Files(ExportShape.AzShow));

        await TenantVerifier.AnalyzeAsync(Agreeing(extra: "\n        OidcClientSecret = {|PAC2005:{|PAC5016:\"not-a-real-secret\"|}|},"));
    }

    [Fact]
    public async Task ApiScope_UnknownDisabledUnrequestedUnconsentedWithoutServicePrincipal_ArePAC5006To5010AtTheScopes()
    {
        await TenantVerifier.AnalyzeAsync(Agreeing(scopes: "{|PAC5006:\"api://00000000-1111-4222-8333-444444444444/jamfconnect+openid+email+profile\"|}"));

        var disabled = new TenantExportSet().Edit("application-api", "\"isEnabled\": true", "\"isEnabled\": false");
        await TenantVerifier.AnalyzeAsync(Agreeing(scopes: "{|PAC5007:\"" + Scopes + "\"|}"), disabled.Files(ExportShape.GraphPage));

        var noServicePrincipal = new TenantExportSet().Edit("sp-api", "\"appId\": \"" + Api + "\"", "\"appId\": \"99999999-0000-4000-8000-000000000099\"");
        await TenantVerifier.AnalyzeAsync(Agreeing(scopes: "{|PAC5008:\"" + Scopes + "\"|}"), noServicePrincipal.Files(ExportShape.GraphPage));

        var unrequested = new TenantExportSet().Edit("application-endpoint", "\"resourceAppId\": \"" + Api + "\"", "\"resourceAppId\": \"99999999-0000-4000-8000-000000000099\"");
        await TenantVerifier.AnalyzeAsync(Agreeing(ropgClient: "{|PAC5009:\"" + Client + "\"|}"), unrequested.Files(ExportShape.GraphPage));

        var unconsented = new TenantExportSet().Edit("grant-api", "\"consentType\": \"AllPrincipals\"", "\"consentType\": \"Principal\"");
        await TenantVerifier.AnalyzeAsync(Agreeing(ropgClient: "{|PAC5010:\"" + Client + "\"|}"), unconsented.Files(ExportShape.GraphPage));
    }

    [Fact]
    public async Task ConditionalAccess_Mfa_Block_InteractiveScopes_ReportOnly_ArePAC5011To5014()
    {
        var notExcluded = new TenantExportSet().Edit("policy-mfa", "\"excludeApplications\": [\"" + Api + "\"]", "\"excludeApplications\": []");
        await TenantVerifier.AnalyzeAsync(Agreeing(scopes: "{|PAC5011:\"" + Scopes + "\"|}"), notExcluded.Files(ExportShape.GraphPage));

        var block = new TenantExportSet().With("policy-block", "identity/conditionalAccess/policies", """
            { "id": "dddddddd-0000-4000-8000-0000000000e2", "displayName": "Block everything", "state": "enabled",
              "conditions": { "clientAppTypes": ["all"], "applications": { "includeApplications": ["All"], "excludeApplications": [] },
                "users": { "includeUsers": ["All"], "excludeUsers": [], "includeGroups": [], "excludeGroups": [], "includeRoles": [], "excludeRoles": [] } },
              "grantControls": { "operator": "OR", "builtInControls": ["block"] } }
            """);
        await TenantVerifier.AnalyzeAsync(Agreeing(scopes: "{|PAC5012:\"" + Scopes + "\"|}"), block.Files(ExportShape.GraphPage));

        await TenantVerifier.AnalyzeAsync(Agreeing(extra: "\n        OidcScopes = {|PAC1027:{|PAC5013:\"" + Scopes + "\"|}|},"));

        var reportOnly = new TenantExportSet().Edit("policy-mfa", "\"state\": \"enabled\"", "\"state\": \"enabledForReportingButNotEnforced\"");
        await TenantVerifier.AnalyzeAsync(Agreeing(scopes: "{|PAC5014:\"" + Scopes + "\"|}"), reportOnly.Files(ExportShape.GraphPage));
    }

    [Fact]
    public async Task AdminRole_ADisplayNameNotTheValue_IsPAC5015AtTheList()
    {
        await TenantVerifier.AnalyzeAsync(Profile($$"""
            OidcTenant = "{{Tenant}}",
                    OidcClientId = "{{Client}}",
                    OidcAdmin = {|PAC5015:["Administrator"]|},
            """));
    }

    [Fact]
    public async Task ProfilesWithTheSameTenantValues_EachGetTheFindingsAtTheirOwnLiterals()
    {
        // The second profile reuses the first one's results (same tenant, apps and scopes; another message): its
        // findings must still land on its own literals.
        await TenantVerifier.AnalyzeAsync($$"""
            using ProfileAsCode;
            using ProfileAsCode.JamfConnect;

            [ConfigurationProfile("com.contoso.site1")]
            public sealed record Site1
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    OidcProvider = IdentityProvider.EntraId, OidcClientId = "{{Client}}", OidcRedirectUri = "https://127.0.0.1/jamfconnect",
                    OidcTenant = {|PAC5001:"aaaaaaaa-0000-4000-8000-000000000001"|}, LoginWindowMessage = "Site 1",
                };
            }

            [ConfigurationProfile("com.contoso.site2")]
            public sealed record Site2
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    OidcProvider = IdentityProvider.EntraId, OidcClientId = "{{Client}}", OidcRedirectUri = "https://127.0.0.1/jamfconnect",
                    OidcTenant = {|PAC5001:"aaaaaaaa-0000-4000-8000-000000000001"|}, LoginWindowMessage = "Site 2",
                };
            }
            """);
    }

    [Fact]
    public async Task NoMarkedExport_AndAnUnreadableExport_GiveNoTenantFinding()
    {
        var wrongTenant = Agreeing(tenant: "\"aaaaaaaa-0000-4000-8000-000000000001\"");

        await TenantVerifier.AnalyzeAsync(wrongTenant, marked: false);
        // The build reports the unreadable file (PAC9002); the editor checks nothing against half a tenant.
        await TenantVerifier.AnalyzeAsync(wrongTenant, [.. new TenantExportSet().Files(ExportShape.GraphPage), ("broken.json", "{\"value\": [")]);
    }
}
