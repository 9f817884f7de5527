using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.JamfConnect;

/// <summary>PAC2006/PAC2007 on Jamf Connect's domains, with the cases issue 14 names.</summary>
public sealed class KeysKnownToJamfConnectTests
{
    [Fact]
    public void MisspelledRedirectUriIsANearMissWithARenameFix()
    {
        var finding = RuleEngine.CheckPayload(Login(Key("OIDCRedirectUrl", "https://127.0.0.1/jamfconnect"))).Single("PAC2006");

        Assert.StartsWith("OIDCRedirectUrl is not a key of the login window (com.jamf.connect.login); did you mean OIDCRedirectURI?", finding.Message);
        Assert.Equal("OIDCRedirectURI", finding.Properties[FindingProperties.Value]);
    }

    [Fact]
    public void LoginProviderAtTheTopOfTheMenuBarBelongsToTheLoginWindow()
    {
        var finding = RuleEngine.CheckPayload(MenuBar(Key("OIDCProvider", "EntraID"))).Single("PAC2006");

        Assert.Contains("belongs to the login window (com.jamf.connect.login)", finding.Message);
        Assert.Contains("The same setting here is IdPSettings.Provider.", finding.Message);
    }

    [Fact]
    public void MenuBarKeyInTheLoginWindowBelongsToTheMenuBar()
    {
        var finding = RuleEngine.CheckPayload(Login(Key("SignIn.AutoAuthenticate", true))).Single("PAC2006");

        Assert.Equal("SignIn", finding.KeyPath);
        Assert.Contains("belongs to the menu bar and Self Service+ (com.jamf.connect)", finding.Message);
    }

    [Theory]
    [InlineData("IdPSettings.ROPGClientID", "IdPSettings.ROPGID")] // "ROPG Client ID" is the Connect tab's label
    [InlineData("IdPSettings.provider", "IdPSettings.Provider")] // keys are case-sensitive
    public void MenuBarNearMissesSuggestTheKey(string written, string meant)
    {
        var finding = RuleEngine.CheckPayload(MenuBar(Key(written, "x"))).Single("PAC2006");

        Assert.Contains($"did you mean {meant}?", finding.Message);
    }

    [Fact]
    public void LoginLabelWrittenAsAKeySuggestsOidcRopgId()
    {
        var finding = RuleEngine.CheckPayload(Login(Key("ROPGClientID", OidcAppGuid))).Single("PAC2006");

        Assert.Contains("did you mean OIDCROPGID?", finding.Message);
    }

    [Fact]
    public void StringBooleanIsAWrongType()
    {
        var finding = RuleEngine.CheckPayload(Login(Key("OIDCIgnoreCookies", "true"))).Single("PAC2007");

        Assert.StartsWith("OIDCIgnoreCookies is a string ('true'), but Jamf Connect reads it as a boolean", finding.Message);
    }

    [Fact]
    public void SingleAdminRoleAsAStringIsAWrongType()
    {
        Assert.Contains("an array", RuleEngine.CheckPayload(Login(Key("OIDCAdmin", "Admin"))).Single("PAC2007").Message);
    }

    [Fact]
    public void PrivilegeElevationDurationAsAStringIsAWrongType()
    {
        // Jamf's page shows <integer>10</integer>.
        var finding = RuleEngine.CheckPayload(MenuBar(Key("TemporaryUserPermissions.UserPromotionDuration", "10"))).Single("PAC2007");

        Assert.Contains("an integer", finding.Message);
    }

    [Fact]
    public void KeychainItemsAreTheAdministratorsOwnNames()
    {
        Assert.Empty(RuleEngine.CheckPayload(MenuBar(Key("Keychain.InternetItems.Intranet", "https://intranet.contoso.com"))));
    }

    [Fact]
    public void EveryDocumentedSelfServicePlusElevationKeyIsKnown()
    {
        var payload = MenuBar(
            Key("TemporaryUserPermissions.TemporaryUserPromotion", true),
            Key("TemporaryUserPermissions.UserPromotionTimer", true),
            new KeyFact("TemporaryUserPermissions.UserPromotionDuration", FactValue.Of(5L)),
            Key("TemporaryUserPermissions.VerifyUserPromotion", true),
            Key("TemporaryUserPermissions.VerifyUserPromotionFIDO2", true),
            new KeyFact("TemporaryUserPermissions.UserPromotionLimit", FactValue.Of(10L)),
            Key("TemporaryUserPermissions.UserPromotionReason", true),
            Key("TemporaryUserPermissions.UserPromotionChoices", new[] { "Install software" }),
            Key("SignIn.AutoOpenAppAtLogin", true));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }

    [Fact]
    public void OtherDomainsAreNotJudged()
    {
        Assert.Empty(RuleEngine.CheckPayload(Payload("com.jamf.connect.verify", Key("TimerNetworkCheck", "15"))));
    }
}
