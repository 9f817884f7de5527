using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Apple.AppleFacts;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Apple;

/// <summary>PAC4002: values outside a key's <c>rangelist</c>.</summary>
public sealed class ValuesAllowedBySchemaTests
{
    [Fact]
    public void AllowedValues_Pass()
    {
        Assert.Empty(Check(PppcEntry(JamfConnectEntry(Key("Authorization", "AllowStandardUserToSetSystemService")))).Apple4xxx());
        Assert.Empty(Check(ApplePayload(Notifications, Entries("NotificationSettings", Key("BundleIdentifier", "com.jamf.connect"), Key("AlertType", 2L)))).Apple4xxx());
    }

    [Fact]
    public void StringOutsideTheList_IsAWarningWithTheAllowedValues()
    {
        var finding = Assert.Single(Check(PppcEntry(JamfConnectEntry(Key("Authorization", "Permit")))).Apple4xxx());

        Assert.Equal(("PAC4002", RuleSeverity.Warning, "Services.SystemPolicyAllFiles[0].Authorization"), (finding.Rule.Id, finding.Severity, finding.KeyPath));
        Assert.StartsWith("Services.SystemPolicyAllFiles[0].Authorization is 'Permit', which Apple's schema for com.apple.TCC.configuration-profile-policy does not allow: it takes 'Allow', 'Deny' or 'AllowStandardUserToSetSystemService'.", finding.Message);
        Assert.Null(finding.Replacement);
        Assert.Empty(finding.Properties);
    }

    [Fact]
    public void NearMissOfExactlyOneAllowedValue_GetsItAsACertainFix()
    {
        var finding = Assert.Single(Check(ApplePayload(GlobalProxy, Key("ProxyType", "manual"), Key("ProxyServer", "proxy"), Key("ProxyServerPort", 8080L))).Apple4xxx());

        Assert.Equal("PAC4002", finding.Rule.Id);
        Assert.EndsWith("Did you mean 'Manual'?", finding.Message);
        Assert.Equal("Manual", finding.Replacement);
        Assert.Equal(FindingProperties.ReplaceValue, finding.Properties[FindingProperties.Fix]);
        Assert.Equal("ProxyType", finding.Properties[FindingProperties.Key]);
        Assert.Equal("Manual", finding.Properties[FindingProperties.Value]);
    }

    [Fact]
    public void IntegerOutsideTheList_IsReported()
    {
        var finding = Assert.Single(Check(ApplePayload(Notifications, Entries("NotificationSettings", Key("BundleIdentifier", "com.jamf.connect"), Key("AlertType", 7L)))).Apple4xxx());

        Assert.Equal(("PAC4002", "NotificationSettings[0].AlertType"), (finding.Rule.Id, finding.KeyPath));
        Assert.Contains("is 7, which Apple's schema", finding.Message);
        Assert.Contains("it takes 0, 1 or 2", finding.Message);
    }

    [Fact]
    public void ItemOfAnArrayOutsideTheList_IsReportedOnce()
    {
        const string sso = "com.apple.extensiblesso";
        var finding = Assert.Single(Check(ApplePayload(
            sso,
            Key("ExtensionIdentifier", "com.microsoft.CompanyPortalMac.ssoextension"),
            Key("TeamIdentifier", "UBF8T346G9"),
            Key("Type", "Redirect"),
            Key("URLs", ["https://login.microsoftonline.com"]),
            Unknown("PlatformSSO"),
            Key("PlatformSSO.LoginPolicy", ["AttemptAuthentication", "Sometimes", "Never"]))).Apple4xxx());

        Assert.Equal(("PAC4002", "PlatformSSO.LoginPolicy"), (finding.Rule.Id, finding.KeyPath));
        Assert.StartsWith("Item 2 of PlatformSSO.LoginPolicy is 'Sometimes'", finding.Message);
    }

    [Fact]
    public void ValueOfAnotherType_IsLeftToPac4006()
    {
        var findings = Check(ApplePayload(Notifications, Entries("NotificationSettings", Key("BundleIdentifier", "com.jamf.connect"), Key("AlertType", "banner")))).Apple4xxx();

        Assert.Equal(["PAC4006"], findings.Ids());
    }
}
