using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules;

/// <summary>
/// Jamf's published samples (github.com/jamf/jamfconnect, configurations/) as facts without attribute
/// rules, the way the build host sees an imported plist. Each carries the traps a copied sample brings along.
/// </summary>
public sealed class JamfSampleTests
{
    [Fact]
    public void AzureAdLoginSampleHasFakeClientIdsAndNoTenant()
    {
        // v2.X/Azure AD/com.jamf.connect.login.plist
        var login = Login(
            Key("AllowNetworkSelection", true),
            Key("CreateJamfConnectPassword", true),
            Key("HelpURL", "https://www.jamf.com/support"),
            Key("Migrate", true),
            Key("OIDCAdmin", new[] { "Admin" }),
            Key("OIDCAdminAttribute", "roles"),
            Key("OIDCClientID", "2520sdfsfsfbebfd2-53ffs5e-…"),
            Key("OIDCNewPassword", false),
            Key("OIDCProvider", "Azure"),
            Key("OIDCROPGID", "2520sdfsfsfbebfd2-53ffs5e-…"),
            Key("OIDCUsePassthroughAuth", true));

        var findings = RuleEngine.CheckProfile(Profile(login));

        Assert.Equal(new[] { "PAC1010", "PAC1010", "PAC2001" }, findings.Ids());
        Assert.Equal(new[] { "OIDCClientID", "OIDCROPGID", "OIDCTenant" }, findings.Select(f => f.KeyPath));
    }

    [Fact]
    public void AzureAdMenuBarSampleHasAFakeRopgIdAndNoTenant()
    {
        // v2.X/Azure AD/com.jamf.connect.plist (trimmed)
        var menuBar = MenuBar(
            Key("IdPSettings.Provider", "Azure"),
            Key("IdPSettings.ROPGID", "2520sdfsfsfbebfd2-…"),
            Key("SignIn.AutoAuthenticate", true),
            Key("SignIn.RequireSignIn", true),
            Key("HiddenMenuItems", new[] { "resetpassword" }));

        Assert.Equal(new[] { "PAC1010", "PAC2001" }, RuleEngine.CheckProfile(Profile(menuBar)).Ids());
    }

    [Fact]
    public void HybridPhsSampleHasFakeClientIdsAndNoTenant()
    {
        // v1.X/hybrid/Jamf_Connect_Login_Hybrid_ID_PHS.mobileconfig (ROPG keys)
        var login = Login(
            Key("OIDCProvider", "Azure"),
            Key("OIDCClientID", "5fse52c7-…"),
            Key("OIDCRedirectURI", "https://127.0.0.1/jamfconnect"),
            Key("ROPGProvider", "Azure_v2"),
            Key("ROPGTenant", "13e7196d-8bd5-4034-ae01-7bda4ad0c91e"),
            Key("OIDCROPGID", "5fse52c7-…"),
            Key("ROPGClientSecret", "36fe230f-…"));

        var findings = RuleEngine.CheckProfile(Profile(login), RuleContext.Build);

        // The build host says nothing about the secret: Jamf documents ROPGClientSecret with Entra ID.
        Assert.Equal(new[] { "PAC1010", "PAC1010", "PAC2001" }, findings.Ids());
    }

    [Fact]
    public void KeycloakSampleHasSwappedAdminKeys()
    {
        // v2.X/Keycloak/com.jamf.connect.login.plist
        var login = Login(
            Key("OIDCProvider", "Custom"),
            Key("OIDCDiscoveryURL", "https://keycloak.example.com/auth/realms/jamf/.well-known/openid-configuration"),
            Key("OIDCClientID", "jamfconnect"),
            Key("OIDCRedirectURI", "https://127.0.0.1/jamfconnect"),
            Key("OIDCAdmin", new[] { "roles" }),
            Key("OIDCAdminAttribute", "Admin"),
            Key("OIDCScopes", "openid profile email roles"));

        // Its space-separated scopes are fine for a Custom provider: only the swap is wrong.
        Assert.Equal(new[] { "PAC2004" }, RuleEngine.CheckProfile(Profile(login)).Ids());
    }

    [Fact]
    public void ConditionalAccessGuideValuesLeftAsWrittenArePlaceholders()
    {
        // learn.jamf.com "Creating a Jamf Connect Configuration with Conditional Access", copied unchanged.
        var login = Login(
            Key("OIDCProvider", "EntraID"),
            Key("OIDCClientID", "[APPLICATION ID]"),
            Key("OIDCTenant", "[TENANT ID]"),
            Key("OIDCROPGID", "[APPLICATION ID]"),
            Key("ROPGTenant", "[TENANT ID]"),
            Key("ROPGScopes", "api://[APPLICATION ID]/jamfconnect+openid+email+profile"));

        var findings = RuleEngine.CheckProfile(Profile(login));

        Assert.All(findings, f => Assert.Equal("PAC1021", f.Rule.Id));
        Assert.Equal(new[] { "OIDCClientID", "OIDCTenant", "OIDCROPGID", "ROPGTenant", "ROPGScopes" }, findings.Select(f => f.KeyPath));
    }

    [Fact]
    public void KeysWithTheirOwnRulesDoNotGetTheJamfDefaults()
    {
        // A typed record may carry different rules than the defaults for raw keys: its own win.
        var login = Login(Key("OIDCProvider", "OneLogin"), Key("OIDCClientID", OidcAppGuid), Key("OIDCTenant", "orgtenant", Tenant()));

        Assert.Equal(new[] { "PAC1001" }, RuleEngine.CheckPayload(login).Ids());
        Assert.Empty(RuleEngine.CheckPayload(Login(Key("OIDCProvider", "OneLogin"), Key("OIDCClientID", OidcAppGuid), Key("OIDCTenant", "orgtenant"))));
    }

    [Fact]
    public void PamSignInKeysAreCheckedAgainstTheirOwnProvider()
    {
        var login = Login(Key("AuthUIOIDCProvider", "EntraID"), Key("AuthUIOIDCTenant", "consumers"), Key("AuthUIOIDCClientID", "c27d1b33-59b3-4ab2-a5c9-23jf0093"));

        Assert.Equal(new[] { "PAC1003", "PAC1010" }, RuleEngine.CheckPayload(login).Ids());
    }
}
