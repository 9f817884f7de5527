using System.Text.Json.Nodes;
using ProfileAsCode.JamfConnect;
using ProfileAsCode.Profiles;
using ProfileAsCode.Tests.Profiles;
using ProfileAsCode.Tests.Oracles;
using ProfileAsCode.Tests.Profiles.Support;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.JamfConnect;

[ConfigurationProfile("com.example.jamfconnect.types")]
public sealed record JamfConnectTypesProfile
{
    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new() { Provider = IdentityProvider.OktaOidc, SuccessCodes = ["50076"] },
        SignIn = new() { AutoAuthenticate = true, MfaRename = new() { GoogleAuthenticator = "Google", Push = "Push" } },
        PasswordPolicies = new() { NetworkCheck = 15, PolicyRequirements = new() { MinLength = 12 } },
        Kerberos = new() { Realm = "CONTOSO.COM", AutoRenewTickets = false },
        Keychain = new() { InternetItems = new Dictionary<string, ProfileAsCode.PropertyList.PlistValue> { ["Intranet"] = "https://intranet.contoso.com" } },
        Certificate = new() { SecureNetworks = ["Corp"] },
        HiddenMenuItems = ["ChangePassword"],
        UserHelp = new() { HelpType = HelpType.Url, HelpOptions = "https://help.contoso.com" },
        Unlock = new() { RequirePin = true },
    };

    public JamfConnectLogin Login { get; init; } = new()
    {
        RopgProvider = RopgProvider.AzureV2,
        OidcNewPassword = false,
        DenyLocalExcluded = ["admin"],
        LicenseFile = [0x50, 0x41, 0x43],
        LoginWindowSize = 2L,
        AdditionalKeys = new Dictionary<string, object?> { ["FutureKey"] = "later" },
    };
}

/// <summary>Keys come out with the plist types Jamf's Jamf Connect documentation gives them, as plistlib reads them.</summary>
public class PlistTypeTests
{
    [Fact]
    public void MenuBarAndLogin_WriteTheReferenceTypes()
    {
        var built = ProfileBuilder.Build(typeof(JamfConnectTypesProfile));
        Assert.Empty(built.Findings);

        var menuBar = PythonPlistlib.LoadsReadable(ProfileSerializer.ToBarePlist(Assert.IsType<PreferencePayload>(built.Profile.Payloads[0])));
        var login = PythonPlistlib.LoadsReadable(ProfileSerializer.ToBarePlist(Assert.IsType<PreferencePayload>(built.Profile.Payloads[1])));

        ProfileFormsTests.AssertJson(
            JsonNode.Parse("""
                {
                  "Certificate": { "SecureNetworks": ["Corp"] },
                  "HiddenMenuItems": ["ChangePassword"],
                  "IdPSettings": { "Provider": "Okta-OIDC", "SuccessCodes": ["50076"] },
                  "Kerberos": { "AutoRenewTickets": false, "Realm": "CONTOSO.COM" },
                  "Keychain": { "InternetItems": { "Intranet": "https://intranet.contoso.com" } },
                  "PasswordPolicies": { "NetworkCheck": 15, "PolicyRequirements": { "minLength": 12 } },
                  "SignIn": { "AutoAuthenticate": true, "MFARename": { "google:token:software:totp": "Google", "push": "Push" } },
                  "Unlock": { "RequirePIN": true },
                  "UserHelp": { "HelpOptions": "https://help.contoso.com", "HelpType": "URL" }
                }
                """)!,
            menuBar);
        ProfileFormsTests.AssertJson(
            JsonNode.Parse("""
                {
                  "DenyLocalExcluded": ["admin"],
                  "FutureKey": "later",
                  "LicenseFile": { "$data": "UEFD" },
                  "LoginWindowSize": 2,
                  "OIDCNewPassword": false,
                  "ROPGProvider": "Azure_v2"
                }
                """)!,
            login);
    }
}
