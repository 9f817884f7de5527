using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Apple.AppleFacts;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Apple;

/// <summary>PAC4001: required keys of Apple's schema, with the reviewed exceptions (eng/AppleSchemaGenerator/EXCEPTIONS.md).</summary>
public sealed class SchemaRequiredKeysPresentTests
{
    [Fact]
    public void PppcEntryWithAuthorizationInsteadOfAllowed_Passes()
    {
        Assert.Empty(Check(PppcEntry(JamfConnectEntry(Key("Authorization", "Allow")))).Apple4xxx());
        Assert.Empty(Check(PppcEntry(JamfConnectEntry(Key("Allowed", true)))).Apple4xxx());
    }

    [Fact]
    public void PppcEntryWithNeitherAllowedNorAuthorization_IsAnError()
    {
        var finding = Assert.Single(Check(PppcEntry(JamfConnectEntry())).Apple4xxx());

        Assert.Equal("PAC4001", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("Services.SystemPolicyAllFiles[0].Allowed", finding.KeyPath);
        Assert.Equal("Services.SystemPolicyAllFiles[0]", finding.Origin); // at the entry
        Assert.Contains("has none of Allowed and Authorization: exactly one of them is needed", finding.Message);
    }

    [Fact]
    public void PppcEntryWithoutCodeRequirement_IsAnError()
    {
        var finding = Assert.Single(Check(PppcEntry(Key("Identifier", "com.jamf.connect"), Key("IdentifierType", "bundleID"), Key("Allowed", true))).Apple4xxx());

        Assert.Equal("PAC4001", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("Services.SystemPolicyAllFiles[0].CodeRequirement", finding.KeyPath);
        Assert.StartsWith("Services.SystemPolicyAllFiles[0].CodeRequirement is missing: Apple's schema for com.apple.TCC.configuration-profile-policy requires it (a string)", finding.Message);
    }

    [Fact]
    public void MissingTopLevelKey_IsReportedAtThePayload()
    {
        var finding = Assert.Single(Check(ApplePayload(Pppc)).Apple4xxx());

        Assert.Equal(("PAC4001", "Services"), (finding.Rule.Id, finding.KeyPath));
        Assert.Equal(Pppc, finding.Origin);
    }

    [Fact]
    public void KeyWhoseValueIsNotKnown_CountsAsPresent()
    {
        Assert.Empty(Check(ApplePayload(Notifications, Unknown("NotificationSettings"))).Apple4xxx());
    }

    [Fact]
    public void ItemsOfAList_EachHaveTheirOwnRequiredKeys()
    {
        var findings = Check(ApplePayload(Notifications, Entries("NotificationSettings", Key("AlertType", 1L)))).Apple4xxx();

        Assert.Equal(["PAC4001 NotificationSettings[0].BundleIdentifier"], findings.Select(f => f.Rule.Id + " " + f.KeyPath));
    }

    [Fact]
    public void RequirementOnlyApplesProseStates_IsAWarning()
    {
        var finding = Assert.Single(Check(ApplePayload(GlobalProxy, Key("ProxyType", "Manual"), Key("ProxyServerPort", 8080L))).Apple4xxx());

        Assert.Equal(("PAC4001", "ProxyServer"), (finding.Rule.Id, finding.KeyPath));
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("ProxyServer is missing although ProxyType is 'Manual'", finding.Message);
    }

    [Fact]
    public void ConditionFromTheDefault_Holds_AndAnotherValue_DoesNot()
    {
        // ProxyType is Manual unless set (its default in Apple's schema).
        var findings = Check(ApplePayload(GlobalProxy, Key("ProxyServer", "proxy.contoso.com"))).Apple4xxx();
        Assert.Equal(["PAC4001 ProxyServerPort"], findings.Select(f => f.Rule.Id + " " + f.KeyPath));
        Assert.Contains("ProxyType is not set, so it is Manual (its default)", findings[0].Message);

        Assert.Empty(Check(ApplePayload(GlobalProxy, Key("ProxyType", "Auto"), Key("ProxyPACURL", "https://proxy.contoso.com/proxy.pac"))).Apple4xxx());
    }

    [Fact]
    public void ConditionOnAValueNotKnown_IsNotJudged()
    {
        Assert.Empty(Check(ApplePayload(GlobalProxy, Unknown("ProxyType"))).Apple4xxx());
    }

    [Fact]
    public void RelaxedRequirement_IsAnErrorOnlyWhenItsConditionHolds()
    {
        const string identification = "com.apple.configurationprofile.identification";
        KeyFact[] Person(string method) => [Unknown("PayloadIdentification"), Key("PayloadIdentification.UserName", "ada"), Key("PayloadIdentification.FullName", "Ada"), Key("PayloadIdentification.EmailAddress", "ada@contoso.com"), Key("PayloadIdentification.AuthMethod", method)];

        Assert.Empty(Check(ApplePayload(identification, Person("UserEnteredPassword"))).Apple4xxx());
        var finding = Assert.Single(Check(ApplePayload(identification, Person("Password"))).Apple4xxx());
        Assert.Equal(("PAC4001", "PayloadIdentification.Password", RuleSeverity.Error), (finding.Rule.Id, finding.KeyPath, finding.Severity));
    }

    [Fact]
    public void KerberosExtension_IsJudgedByTheKerberosSchema_OtherExtensionsByTheGenericOne()
    {
        var kerberos = Check(ApplePayload(Sso, Key("ExtensionIdentifier", "com.apple.AppSSOKerberos.KerberosExtension"), Key("TeamIdentifier", "apple"), Key("Type", "Credential"))).Apple4xxx();
        Assert.Equal(["PAC4001 Realm"], kerberos.Select(f => f.Rule.Id + " " + f.KeyPath));

        var entra = Check(ApplePayload(Sso, Key("ExtensionIdentifier", "com.microsoft.CompanyPortalMac.ssoextension"), Key("TeamIdentifier", "UBF8T346G9"), Key("Type", "Redirect"), Key("URLs", ["https://login.microsoftonline.com"]))).Apple4xxx();
        Assert.Empty(entra);
    }

    [Fact]
    public void PayloadsThatAreNotApplePayloads_AreLeftAlone()
    {
        Assert.Empty(Check(Payload(Pppc)).Apple4xxx()); // a preference domain of that name
        Assert.Empty(Check(ApplePayload("com.example.not-in-apples-schema")).Apple4xxx());
    }
}
