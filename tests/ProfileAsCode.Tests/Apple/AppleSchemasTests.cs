using ProfileAsCode.Rules.Apple;

namespace ProfileAsCode.Tests.Apple;

/// <summary>The query API over the schema table, on payloads whose facts are known from Apple's pages.</summary>
public sealed class AppleSchemasTests
{
    private const string Pppc = "com.apple.TCC.configuration-profile-policy";

    [Fact]
    public void Pppc_PayloadFacts()
    {
        var type = AppleSchemas.Find(Pppc)!;
        var schema = Assert.Single(type.Schemas);

        Assert.Equal("PrivacyPreferencesPolicyControl", schema.RecordName);
        Assert.Same(schema, AppleSchemas.ForRecord("PrivacyPreferencesPolicyControl"));
        Assert.Equal("10.14", schema.MacOS.Introduced);
        Assert.Null(schema.MacOS.Removed);
        Assert.True(schema.AllowsMultiple);
        Assert.True(schema.DeviceChannel);
        Assert.False(schema.UserChannel);
        Assert.True(schema.RequiresUserApprovedMdm);
        Assert.False(schema.AllowsManualInstall);
        Assert.Equal("https://developer.apple.com/documentation/devicemanagement/privacypreferencespolicycontrol", schema.DocumentationUrl);
    }

    [Fact]
    public void Pppc_AllowedOrAuthorization_IsAReviewedExceptionNotARequiredKey()
    {
        var schema = AppleSchemas.Find(Pppc)!.Schemas[0];

        var allowed = schema.FindKey("Services.SystemPolicyAllFiles[0].Allowed")!;
        var authorization = schema.FindKey("Services.SystemPolicyAllFiles[].Authorization")!;
        var entry = schema.FindKey("Services.SystemPolicyAllFiles")!.Element!;

        Assert.Equal(ApplePlistType.Boolean, allowed.Type);
        Assert.False(allowed.IsRequired);
        Assert.False(authorization.IsRequired);
        Assert.Equal(["Allow", "Deny", "AllowStandardUserToSetSystemService"], authorization.AllowedValues);
        Assert.Equal("11.0", authorization.MacOS.Introduced);
        Assert.True(schema.FindKey("Services.SystemPolicyAllFiles[0].CodeRequirement")!.IsRequired);
        var oneOf = Assert.Single(entry.Children.Constraints);
        Assert.Equal(AppleConstraintKind.ExactlyOneOf, oneOf.Kind);
        Assert.Equal(["Allowed", "Authorization"], oneOf.Keys);
        Assert.Equal("https://developer.apple.com/documentation/devicemanagement/privacypreferencespolicycontrol/services-data.dictionary/identity", oneOf.DocumentationUrl);
    }

    [Fact]
    public void Pppc_EveryServiceSharesOneEntryDefinition()
    {
        var services = AppleSchemas.Find(Pppc)!.Schemas[0].FindKey("Services")!.Children;

        Assert.True(services.Keys.Count > 20);
        Assert.All(services.Keys, s => Assert.Same(services.Keys[0].Children, s.Children));
        Assert.Equal("13.0", services.Find("SystemPolicyAppBundles")!.MacOS.Introduced);
    }

    [Fact]
    public void Notifications_IntegerAllowedValuesDefaultsAndKeysNotOnMacOS()
    {
        var schema = AppleSchemas.Find("com.apple.notificationsettings")!.Schemas[0];

        var alert = schema.FindKey("NotificationSettings[0].AlertType")!;

        Assert.Equal([0L, 1L, 2L], alert.AllowedValues);
        Assert.Equal(1L, alert.Default);
        Assert.True(schema.FindKey("NotificationSettings")!.IsRequired);
        Assert.True(schema.FindKey("NotificationSettings[0].BundleIdentifier")!.IsRequired);
        Assert.Equal(true, schema.FindKey("NotificationSettings[0].NotificationsEnabled")!.Default);
        Assert.False(schema.FindKey("NotificationSettings[0].ShowInCarPlay")!.MacOS.IsOnMacOS);
    }

    [Fact]
    public void EnvelopeKeysAreTheCommonPayloadKeysNotThePayloads()
    {
        var common = AppleSchemas.CommonPayloadKeys;

        Assert.True(common.IsEnvelope);
        Assert.Equal(["PayloadIdentifier", "PayloadUUID", "PayloadType", "PayloadVersion", "PayloadDescription", "PayloadDisplayName", "PayloadOrganization"], common.Keys.Select(k => k.Name));
        Assert.Equal([1L], common.FindKey("PayloadVersion")!.AllowedValues);
        Assert.Null(AppleSchemas.Find(Pppc)!.FindKey("PayloadUUID"));
        Assert.NotNull(AppleSchemas.Find("com.apple.security.pkcs12")!.FindKey("PayloadContent"));
    }

    [Fact]
    public void KeysWithDotsInTheirNameAreFoundWhole()
    {
        var mcx = AppleSchemas.Find("com.apple.MCX")!;

        var timer = mcx.FindKey("com.apple.EnergySaver.desktop.ACPower.Display Sleep Timer")!;

        Assert.Equal(6, mcx.Schemas.Count);
        Assert.Equal(ApplePlistType.Integer, timer.Type);
        Assert.Equal(1, timer.Minimum);
        Assert.Equal(180, timer.Maximum);
        Assert.Equal([0L], timer.AllowedValues);
        Assert.Equal(ApplePlistType.Integer, mcx.FindKey("cachedaccounts.expiry.delete.disusedSeconds")!.Type);
        Assert.Null(mcx.FindKey("com.apple.EnergySaver.desktop"));
    }

    [Fact]
    public void AWildcardMatchesOneSegmentOfAnyName()
    {
        var schema = AppleSchemas.Find("com.apple.system-extension-policy")!.Schemas[0];

        var team = schema.FindKey("AllowedSystemExtensions.ABCDE12345")!;

        Assert.True(team.IsWildcard);
        Assert.Equal(ApplePlistType.Array, team.Type);
        Assert.Equal(ApplePlistType.String, schema.FindKey("AllowedSystemExtensions.ABCDE12345[0]")!.Type);
        Assert.Null(schema.FindKey("AllowedSystemExtensions.ABCDE12345.More"));
    }

    [Fact]
    public void ASchemaThatContainsItselfResolvesAtAnyDepth()
    {
        var schema = AppleSchemas.Find("com.apple.applicationaccess.new")!.Schemas[0];

        var bundle = schema.FindKey("whiteList[0].subApps[0].subApps[0].bundleID")!;

        Assert.True(bundle.IsRequired);
        Assert.Equal(["whiteList", "[]", "subApps", "[]", "subApps", "[]", "bundleID"], schema.ResolvePath("whiteList[0].subApps[0].subApps[0].bundleID")!.Select(k => k.Name));
    }

    [Fact]
    public void PayloadsAndKeysNotOnMacOSAreKnownAsSuch()
    {
        var appLock = AppleSchemas.Find("com.apple.app.lock")!;
        var restrictions = AppleSchemas.Find("com.apple.applicationaccess")!;

        Assert.False(appLock.IsOnMacOS);
        Assert.Null(appLock.Schemas[0].RecordName);
        Assert.Empty(appLock.Schemas[0].Keys);
        Assert.False(restrictions.FindKey("allowAirPrint")!.MacOS.IsOnMacOS);
        Assert.True(restrictions.FindKey("allowAirDrop")!.MacOS.IsOnMacOS);
        Assert.Equal("Restrictions", restrictions.Schemas[0].RecordName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Nope")]
    [InlineData("Services.")]
    [InlineData("Services.Nope")]
    [InlineData("Services[0]")]
    [InlineData("Services.AddressBook[0")]
    [InlineData(".Services")]
    public void UnknownPathsAreNull(string path)
    {
        Assert.Null(AppleSchemas.Find(Pppc)!.FindKey(path));
        Assert.Null(AppleSchemas.Find(Pppc)!.Schemas[0].ResolvePath(path));
    }

    [Fact]
    public void UnknownPayloadTypesAndRecordsAreNull()
    {
        Assert.Null(AppleSchemas.Find("com.example.settings"));
        Assert.Null(AppleSchemas.Find(Pppc.ToUpperInvariant()));
        Assert.Null(AppleSchemas.ForRecord("JamfConnectLogin"));
    }

    [Fact]
    public void ReviewedConstraintsCarryTheirCondition()
    {
        var vpn = AppleSchemas.Find("com.apple.vpn.managed")!.Schemas[0];
        var identification = AppleSchemas.Find("com.apple.configurationprofile.identification")!.Schemas[0];

        var subType = vpn.Root.Constraints.Where(c => c.Keys[0] == "VPNSubType").Select(c => (c.Kind, c.WhenKey, c.WhenValue));
        var password = Assert.Single(identification.FindKey("PayloadIdentification")!.Children.Constraints);

        Assert.Equal([(AppleConstraintKind.RequiredWhen, "VPNType", "VPN"), (AppleConstraintKind.RequiredWhen, "VPNType", "TransparentProxy")], subType);
        Assert.Equal((AppleConstraintKind.RequiredWhen, "AuthMethod", "Password"), (password.Kind, password.WhenKey, password.WhenValue));
        Assert.False(identification.FindKey("PayloadIdentification.Password")!.IsRequired);
        Assert.True(AppleSchemas.Find("com.apple.extensiblesso")!.Schemas.Single(s => s.RecordName == "ExtensibleSingleSignOn").FindKey("TeamIdentifier")!.IsRequired);
    }

    [Theory]
    [InlineData("10.13.4", "10.15", -1)]
    [InlineData("10.15", "10.13.4", 1)]
    [InlineData("14", "14.0", 0)]
    [InlineData("10.9", "10.10", -1)]
    [InlineData("15.0", "15.0.1", -1)]
    public void VersionsCompareByNumber(string left, string right, int sign) =>
        Assert.Equal(sign, Math.Sign(AppleVersion.Compare(left, right)!.Value));

    [Fact]
    public void AvailabilityOnAMacOSVersion()
    {
        var removed = AppleSchemas.Find("com.apple.AIM.account")!.Schemas[0].MacOS;

        Assert.Null(AppleVersion.Compare("n/a", "14.0"));
        Assert.True(AppleVersion.IsAvailableOn(removed, "10.13"));
        Assert.False(AppleVersion.IsAvailableOn(removed, "10.14"));
        Assert.False(AppleVersion.IsAvailableOn(removed, "10.6"));
        Assert.False(AppleVersion.IsAvailableOn(AppleAvailability.NotOnMacOS, "14.0"));
    }
}
