using System.Text.Json.Nodes;
using ProfileAsCode.Profiles;
using ProfileAsCode.Rules;
using ProfileAsCode.Tests.Profiles;
using ProfileAsCode.Tests.Oracles;
using ProfileAsCode.Tests.Profiles.Support;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.JamfConnect;

public class EntraRopgScenarioTests
{
    [Fact]
    public void MobileConfig_ParsesToTheExpectedKeysAndValues()
    {
        var uuid = (string name) => PythonUuid.Uuid5(DeterministicUuid.Namespace, name);
        var expected = JsonNode.Parse($$"""
            {
              "PayloadContent": [
                {
                  "OIDCAdmin": ["admin"],
                  "OIDCAdminAttribute": "roles",
                  "OIDCClientID": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                  "OIDCProvider": "EntraID",
                  "OIDCROPGID": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                  "OIDCRedirectURI": "https://127.0.0.1/jamfconnect",
                  "OIDCTenant": "9f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                  "ROPGScopes": "api://5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9/jamfconnect+openid+email+profile",
                  "ROPGTenant": "9f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                  "PayloadDisplayName": "Jamf Connect Login",
                  "PayloadIdentifier": "com.contoso.jamfconnect.com.jamf.connect.login",
                  "PayloadType": "com.jamf.connect.login",
                  "PayloadUUID": "{{uuid("com.contoso.jamfconnect.com.jamf.connect.login")}}",
                  "PayloadVersion": 1
                },
                {
                  "IdPSettings": {
                    "Provider": "EntraID",
                    "ROPGID": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                    "TenantID": "9f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
                  },
                  "PayloadDisplayName": "Jamf Connect Menu Bar and Self Service+",
                  "PayloadIdentifier": "com.contoso.jamfconnect.com.jamf.connect",
                  "PayloadType": "com.jamf.connect",
                  "PayloadUUID": "{{uuid("com.contoso.jamfconnect.com.jamf.connect")}}",
                  "PayloadVersion": 1
                }
              ],
              "PayloadDisplayName": "Jamf Connect — Entra ID (ROPG, MFA kept)",
              "PayloadIdentifier": "com.contoso.jamfconnect",
              "PayloadOrganization": "Contoso",
              "PayloadRemovalDisallowed": false,
              "PayloadScope": "System",
              "PayloadType": "Configuration",
              "PayloadUUID": "{{uuid("com.contoso.jamfconnect")}}",
              "PayloadVersion": 1
            }
            """)!;

        var built = ProfileBuilder.Build(typeof(ContosoJamfConnect));
        Assert.Empty(built.Findings);
        var bytes = ProfileSerializer.ToMobileConfig(built.Profile, built.Attribute.PayloadForm);

        ProfileFormsTests.AssertJson(expected, PythonPlistlib.LoadsReadable(bytes));
        ProfileFormsTests.AssertJson(expected, PythonPlistlib.LoadsReadable(Plistutil.ToBinary(bytes)));
    }

    [Fact]
    public void MobileConfig_IsByteIdenticalAcrossBuilds()
    {
        var first = ProfileSerializer.ToMobileConfig(ProfileBuilder.Build(typeof(ContosoJamfConnect)).Profile, PreferencePayloadForm.Direct);
        var second = ProfileSerializer.ToMobileConfig(ProfileBuilder.Build(typeof(ContosoJamfConnect)).Profile, PreferencePayloadForm.Direct);

        Assert.Equal(first, second);
    }

    [Fact]
    public void BarePlists_AreWhatJamfProTakes()
    {
        var profile = ProfileBuilder.Build(typeof(ContosoJamfConnect)).Profile;

        var menuBar = PythonPlistlib.LoadsReadable(ProfileSerializer.ToBarePlist(Assert.IsType<PreferencePayload>(profile.Payloads[1])));

        ProfileFormsTests.AssertJson(
            JsonNode.Parse("""{ "IdPSettings": { "Provider": "EntraID", "ROPGID": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "TenantID": "9f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b" } }""")!,
            menuBar);
    }

    [Fact]
    public void Facts_CarryTheValueRulesTheRuleEngineNeeds()
    {
        var facts = ProfileBuilder.Build(typeof(ContosoJamfConnect)).Facts;
        var login = facts.Payloads.Single(p => p.Domain == "com.jamf.connect.login");
        var menuBar = facts.Payloads.Single(p => p.Domain == "com.jamf.connect");

        AssertRule(login, "OIDCTenant", ValueRuleKind.EntraTenantId, "OIDCProvider");
        AssertRule(login, "ROPGTenant", ValueRuleKind.EntraTenantId, "OIDCProvider");
        AssertRule(login, "OIDCClientID", ValueRuleKind.EntraClientId, "OIDCProvider");
        AssertRule(login, "OIDCROPGID", ValueRuleKind.EntraClientId, "OIDCProvider");
        AssertRule(login, "OIDCRedirectURI", ValueRuleKind.AbsoluteUri, null);
        var scopes = AssertRule(login, "ROPGScopes", ValueRuleKind.ScopeList, "OIDCProvider");
        Assert.Equal(ScopeUsage.PasswordGrant, scopes.Usage);
        Assert.Empty(login.Find("OIDCAdminAttribute")!.Rules);
        Assert.Equal("EntraID", login.Find("OIDCProvider")!.Value.AsString);

        AssertRule(menuBar, "IdPSettings.TenantID", ValueRuleKind.EntraTenantId, "IdPSettings.Provider");
        AssertRule(menuBar, "IdPSettings.ROPGID", ValueRuleKind.EntraClientId, "IdPSettings.Provider");
        Assert.Equal("EntraID", menuBar.Find("IdPSettings.Provider")!.Value.AsString);
    }

    private static ValueRule AssertRule(PayloadFacts payload, string keyPath, ValueRuleKind kind, string? providerKey)
    {
        var key = payload.Find(keyPath);
        Assert.NotNull(key);
        var rule = Assert.Single(key.Rules);
        Assert.Equal(kind, rule.Kind);
        Assert.Equal(providerKey, rule.ProviderKey);
        return rule;
    }
}
