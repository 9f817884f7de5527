using System.Text.RegularExpressions;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// <c>&lt;ProfileAsCodeTenantExport Include="entra/*.json" /&gt;</c> through the packed package: the sample with its
/// exports builds clean; a broken copy of its tenant shows every PAC50xx, from the build host (values computed when
/// the records run) at each profile's attribute and from the analyzers at the literal, each finding once.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class EntraTenantBuildTests(PackageFixture package)
{
    private const string Tenant = "aaaaaaaa-0000-4000-8000-000000000001";
    private const string Client = "bbbbbbbb-0000-4000-8000-000000000002";
    private const string Api = "cccccccc-0000-4000-8000-000000000003";
    private const string LegacyClient = "bbbbbbbb-0000-4000-8000-000000000009";
    private const string SecretClient = "bbbbbbbb-0000-4000-8000-000000000008";
    private const string UnfinishedApi = "cccccccc-0000-4000-8000-000000000007";
    private const string Metadata = "https://graph.microsoft.com/v1.0/$metadata#";

    // Every value goes through Lookup.Value, so the compiler sees no constant: only the build host checks them.
    private const string RuntimeProfiles = """
        using ProfileAsCode;
        using ProfileAsCode.JamfConnect;

        namespace Contoso;

        [ConfigurationProfile("com.contoso.good")] // MARK-GOOD
        public sealed record Good
        {
            public JamfConnectLogin Login { get; init; } = Lookup.Login(Lookup.Tenant, Lookup.Client, Lookup.Client, "api://cccccccc-0000-4000-8000-000000000003/jamfconnect");
        }

        [ConfigurationProfile("com.contoso.legacy")] // MARK-LEGACY
        public sealed record Legacy
        {
            public JamfConnectLogin Login { get; init; } = Lookup.Login(Lookup.Tenant, "bbbbbbbb-0000-4000-8000-000000000009", "bbbbbbbb-0000-4000-8000-000000000009", "api://cccccccc-0000-4000-8000-000000000003/jamfconnect");
        }

        [ConfigurationProfile("com.contoso.unfinished")] // MARK-UNFINISHED
        public sealed record Unfinished
        {
            public JamfConnectLogin Login { get; init; } = Lookup.Login(Lookup.Tenant, Lookup.Client, Lookup.Client, "api://cccccccc-0000-4000-8000-000000000007/jamfconnect");
        }

        [ConfigurationProfile("com.contoso.mixups")] // MARK-MIXUPS
        public sealed record Mixups
        {
            public JamfConnectLogin Login { get; init; } = Lookup.Login(
                "dddddddd-0000-4000-8000-000000000009", "00000000-1111-4222-8333-444444444444", "cccccccc-0000-4000-8000-000000000003",
                "api://eeeeeeee-0000-4000-8000-000000000005/jamfconnect") with
            {
                OidcScopes = Lookup.Value("api://cccccccc-0000-4000-8000-000000000003/jamfconnect+openid+email+profile"),
            };
        }

        [ConfigurationProfile("com.contoso.secret")] // MARK-SECRET
        public sealed record WithSecret
        {
            public JamfConnectLogin Login { get; init; } = Lookup.Login(Lookup.Tenant, "bbbbbbbb-0000-4000-8000-000000000008", "bbbbbbbb-0000-4000-8000-000000000008", "api://cccccccc-0000-4000-8000-000000000003/jamfconnect");
        }

        public static class Lookup
        {
            public static string Tenant => Value("aaaaaaaa-0000-4000-8000-000000000001");

            public static string Client => Value("bbbbbbbb-0000-4000-8000-000000000002");

            public static string Value(string value) => value;

            public static JamfConnectLogin Login(string tenant, string client, string ropgClient, string api) => new()
            {
                OidcProvider = IdentityProvider.EntraId,
                OidcClientId = Value(client),
                OidcRedirectUri = Value("https://127.0.0.1/jamfconnect"),
                OidcTenant = Value(tenant),
                OidcAdminAttribute = "roles",
                OidcAdmin = [Value("JamfConnectAdmin")],
                OidcRopgId = Value(ropgClient),
                RopgTenant = Value(tenant),
                RopgScopes = Value(api + "+openid+email+profile"),
            };
        }
        """;

    [Fact]
    public void TheSample_WithItsExports_BuildsClean_AndSaysWhatItChecked()
    {
        var consumer = package.CreateConsumer("EntraSampleTenant");
        consumer.CopySampleSources("JamfConnect.EntraId");
        CopySampleExports(consumer);
        ListExports(consumer);

        var build = consumer.Build();

        Assert.True(build.Succeeded, build.Output);
        Assert.DoesNotMatch(new Regex(@"\bPAC50\d\d\b"), build.Output);
        Assert.Contains("ProfileAsCode: checked against 8 Entra ID tenant export file(s); 2 thing(s) the exports cannot show were not checked", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(consumer.ProfilePath("com.contoso.jamfconnect.mobileconfig")), build.Output);
    }

    [Fact]
    public void ABrokenTenant_ShowsEveryPac50xx_AtTheProfilesAttributes_AndProfilesWithErrorsAreNotWritten()
    {
        var consumer = package.CreateConsumer("EntraBrokenTenant");
        var source = consumer.Write("Profiles.cs", RuntimeProfiles);
        CopySampleExports(consumer);
        WriteBrokenObjects(consumer);
        ListExports(consumer);

        var build = consumer.Build();

        Assert.False(build.Succeeded, build.Output);
        int Line(string mark) => SourceText.LineOf(RuntimeProfiles, "MARK-" + mark);
        var expected = new (string Mark, string Severity, string Id)[]
        {
            ("MIXUPS", "error", "PAC5001"), ("MIXUPS", "error", "PAC5002"), ("MIXUPS", "error", "PAC5003"),
            ("LEGACY", "error", "PAC5004"), ("LEGACY", "error", "PAC5005"), ("MIXUPS", "error", "PAC5006"),
            ("UNFINISHED", "error", "PAC5007"), ("UNFINISHED", "error", "PAC5008"), ("LEGACY", "error", "PAC5009"),
            ("LEGACY", "error", "PAC5010"), ("UNFINISHED", "error", "PAC5011"), ("UNFINISHED", "error", "PAC5012"),
            ("MIXUPS", "warning", "PAC5013"), ("UNFINISHED", "warning", "PAC5014"), ("LEGACY", "warning", "PAC5015"),
            ("SECRET", "warning", "PAC5016"),
        };
        foreach (var (mark, severity, id) in expected)
        {
            Assert.Matches(new Regex(Regex.Escape(source) + @"\(" + Line(mark) + @",1\): " + severity + " " + id + ":"), build.Output);
        }

        Assert.DoesNotMatch(new Regex(Regex.Escape(source) + @"\(" + Line("GOOD") + @",1\): (error|warning) PAC50"), build.Output);
        // The secret profile has only a warning (its client has no enterprise application, so consent is not checkable).
        Assert.Equal(
            [consumer.ProfilePath("com.contoso.good.mobileconfig"), consumer.ProfilePath("com.contoso.secret.mobileconfig")],
            Directory.GetFiles(consumer.ProfilesDirectory).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LiteralsAreCheckedByTheAnalyzer_AndTheBuildHostDoesNotRepeatThem()
    {
        const string Source = """
            using ProfileAsCode;
            using ProfileAsCode.JamfConnect;

            [ConfigurationProfile("com.contoso.literal")]
            public sealed record Literal
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    OidcProvider = IdentityProvider.EntraId,
                    OidcClientId = "bbbbbbbb-0000-4000-8000-000000000002",
                    OidcRedirectUri = "https://127.0.0.1/jamfconnect",
                    OidcTenant = "aaaaaaaa-0000-4000-8000-000000000001",
                    OidcAdminAttribute = "roles",
                    OidcAdmin = ["Jamf Connect Admin"], // MARK-ROLE
                    OidcRopgId = "bbbbbbbb-0000-4000-8000-000000000002",
                    RopgTenant = "aaaaaaaa-0000-4000-8000-000000000001",
                    RopgScopes = "api://cccccccc-0000-4000-8000-000000000003/jamfconnect+openid+email+profile",
                };
            }
            """;
        var consumer = package.CreateConsumer("EntraLiteral");
        var path = consumer.Write("Literal.cs", Source);
        CopySampleExports(consumer);
        ListExports(consumer);

        var build = consumer.Build();

        // A warning: the compile goes on and the host runs, and leaves the analyzer's finding out.
        Assert.True(build.Succeeded, build.Output);
        var findings = Regex.Matches(build.Output, @"^.*warning PAC5015: .*$", RegexOptions.Multiline).Select(m => m.Value).Distinct().ToList();
        var finding = Assert.Single(findings);
        Assert.Matches(new Regex("^" + Regex.Escape(path) + @"\(" + SourceText.LineOf(Source, "MARK-ROLE") + @",\d+\): warning PAC5015: OIDCAdmin entry 'Jamf Connect Admin' is no role value"), finding.TrimStart());
        Assert.Contains("the role 'Jamf Connect Admin' has the value 'JamfConnectAdmin'", finding, StringComparison.Ordinal);
    }

    private void CopySampleExports(Consumer consumer)
    {
        foreach (var export in Directory.GetFiles(Path.Combine(package.RepoRoot, "samples", "JamfConnect.EntraId", "entra"), "*.json"))
        {
            consumer.Write(Path.Combine("entra", Path.GetFileName(export)), File.ReadAllText(export));
        }
    }

    // The item, in the project file, as a user adds it.
    private static void ListExports(Consumer consumer)
    {
        var project = Directory.GetFiles(consumer.Directory, "*.csproj").Single();
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", "  <ItemGroup>\n    <ProfileAsCodeTenantExport Include=\"entra/*.json\" />\n  </ItemGroup>\n</Project>", StringComparison.Ordinal));
    }

    // Objects that break the profiles, next to the sample's tenant, as further Graph pages.
    private static void WriteBrokenObjects(Consumer consumer)
    {
        consumer.Write("entra/app-legacy.json", Page("applications", $$"""
            { "id": "bbbbbbbb-0000-4000-8000-0000000000b9", "appId": "{{LegacyClient}}", "displayName": "Jamf Connect - Legacy Client",
              "signInAudience": "AzureADMyOrg", "identifierUris": [], "isFallbackPublicClient": false,
              "api": { "oauth2PermissionScopes": [] }, "appRoles": [], "passwordCredentials": [],
              "publicClient": { "redirectUris": [] }, "spa": { "redirectUris": [] }, "web": { "redirectUris": ["https://127.0.0.1/jamfconnect"] },
              "requiredResourceAccess": [{ "resourceAppId": "00000003-0000-0000-c000-000000000000", "resourceAccess": [{ "id": "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "type": "Scope" }] }] }
            """));
        consumer.Write("entra/sp-legacy.json", Page("servicePrincipals", $$"""
            { "id": "bbbbbbbb-0000-4000-8000-0000000000d9", "appId": "{{LegacyClient}}", "displayName": "Jamf Connect - Legacy Client",
              "appOwnerOrganizationId": "{{Tenant}}", "servicePrincipalType": "Application", "servicePrincipalNames": ["{{LegacyClient}}"], "appRoles": [] }
            """));
        consumer.Write("entra/app-with-secret.json", Page("applications", $$"""
            { "id": "bbbbbbbb-0000-4000-8000-0000000000b8", "appId": "{{SecretClient}}", "displayName": "Jamf Connect - OIDC Endpoint (old)",
              "signInAudience": "AzureADMyOrg", "identifierUris": [], "isFallbackPublicClient": true,
              "api": { "oauth2PermissionScopes": [] }, "passwordCredentials": [{ "displayName": "left over", "hint": "abc", "endDateTime": "2027-01-01T00:00:00Z", "secretText": null }],
              "appRoles": [{ "id": "bbbbbbbb-0000-4000-8000-0000000000f8", "value": "JamfConnectAdmin", "displayName": "Admin", "isEnabled": true, "allowedMemberTypes": ["User"] }],
              "publicClient": { "redirectUris": ["https://127.0.0.1/jamfconnect"] }, "spa": { "redirectUris": [] }, "web": { "redirectUris": [] },
              "requiredResourceAccess": [{ "resourceAppId": "{{Api}}", "resourceAccess": [{ "id": "cccccccc-0000-4000-8000-0000000000c5", "type": "Scope" }] }] }
            """));
        consumer.Write("entra/app-unfinished-api.json", Page("applications", $$"""
            { "id": "cccccccc-0000-4000-8000-0000000000a7", "appId": "{{UnfinishedApi}}", "displayName": "Jamf Connect - API (unfinished)",
              "signInAudience": "AzureADMyOrg", "identifierUris": ["api://{{UnfinishedApi}}"], "isFallbackPublicClient": false,
              "api": { "oauth2PermissionScopes": [{ "id": "cccccccc-0000-4000-8000-0000000000c7", "value": "jamfconnect", "type": "Admin", "isEnabled": false }] },
              "appRoles": [], "passwordCredentials": [], "publicClient": { "redirectUris": [] }, "spa": { "redirectUris": [] }, "web": { "redirectUris": [] },
              "requiredResourceAccess": [] }
            """));
        consumer.Write("entra/more-policies.json", Page("identity/conditionalAccess/policies", $$"""
            { "id": "ffffffff-0000-4000-8000-0000000000e3", "displayName": "Block the unfinished API", "state": "enabled",
              "conditions": { "clientAppTypes": ["all"], "applications": { "includeApplications": ["{{UnfinishedApi}}"], "excludeApplications": [] },
                "users": { "includeUsers": ["All"], "excludeUsers": [], "includeGroups": [], "excludeGroups": [], "includeRoles": [], "excludeRoles": [] } },
              "grantControls": { "operator": "OR", "builtInControls": ["block"] } },
            { "id": "ffffffff-0000-4000-8000-0000000000e4", "displayName": "Require MFA (pilot)", "state": "enabledForReportingButNotEnforced",
              "conditions": { "clientAppTypes": ["all"], "applications": { "includeApplications": ["All"], "excludeApplications": ["{{UnfinishedApi}}"] },
                "users": { "includeUsers": ["All"], "excludeUsers": [], "includeGroups": [], "excludeGroups": [], "includeRoles": [], "excludeRoles": [] } },
              "grantControls": { "operator": "OR", "builtInControls": ["mfa"] } }
            """));
    }

    private static string Page(string entitySet, string objects) => "{\"@odata.context\":\"" + Metadata + entitySet + "\",\"value\":[" + objects + "]}";
}
