using ProfileAsCode.JamfConnect;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Tests.JamfConnect;

[ConfigurationProfile("com.example.rawkeys")]
public sealed record RawKeysProfile
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.Okta,
        AuthServer = "contoso.okta.com",
        AdditionalKeys = new Dictionary<string, object?>
        {
            ["OIDCRedirectUrl"] = "https://127.0.0.1/jamfconnect",
        },
    };

    public OwnLoginRecord Own { get; init; } = new() { IgnoreCookies = "true" };

    public JamfConnectMenuBar MenuBar { get; init; } = new()
    {
        IdPSettings = new() { Provider = IdentityProvider.Okta, OktaAuthServer = "contoso.okta.com" },
        AdditionalKeys = new Dictionary<string, object?> { ["OIDCProvider"] = "Okta" },
    };
}

/// <summary>A user's own record for the login window domain, with a key typed differently from Jamf's.</summary>
[PreferenceDomain("com.jamf.connect.login")]
public sealed record OwnLoginRecord
{
    [PayloadKey("OIDCIgnoreCookies")]
    public string? IgnoreCookies { get; init; }
}

/// <summary>The build host's path: raw keys of built records reach the rule engine and name the C# entry they came from.</summary>
public class AdditionalKeysBuildTests
{
    [Fact]
    public void RawKeysAreCheckedByTheKeyTable()
    {
        var findings = RuleEngine.CheckProject([ProfileBuilder.Build(typeof(RawKeysProfile)).Facts], RuleContext.Build);

        var unknown = findings.Where(f => f.Rule.Id == "PAC2006").ToList();
        Assert.Equal(2, unknown.Count);
        Assert.Equal("RawKeysProfile.Login.AdditionalKeys[\"OIDCRedirectUrl\"]", unknown[0].Origin?.ToString());
        Assert.Contains("did you mean OIDCRedirectURI?", unknown[0].Message);
        Assert.Equal("RawKeysProfile.MenuBar.AdditionalKeys[\"OIDCProvider\"]", unknown[1].Origin?.ToString());
        Assert.Contains("belongs to the login window", unknown[1].Message);
        var wrongType = Assert.Single(findings, f => f.Rule.Id == "PAC2007");
        Assert.Equal("RawKeysProfile.Own.IgnoreCookies", wrongType.Origin?.ToString());
    }
}
