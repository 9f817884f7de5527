using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Import;

/// <summary>What was absent stays absent, an empty string stays empty, and every envelope key the records can carry is kept.</summary>
public class EnvelopeImportTests
{
    [Fact]
    public void AbsentKeys_StayAbsent_EmptyStringsStayEmpty_PayloadEnabledFalseIsKept()
    {
        using var dir = new TempDirectory();
        // No PayloadScope, no PayloadRemovalDisallowed, no payload PayloadDisplayName; empty strings at both levels.
        var payload = Dict(
            ("PayloadIdentifier", "com.contoso.bare.fw"), ("PayloadUUID", "0C000000-0000-4000-8000-000000000001"),
            ("PayloadType", "com.apple.security.firewall"), ("PayloadVersion", 1L),
            ("PayloadDescription", ""), ("PayloadOrganization", ""), ("PayloadEnabled", false),
            ("EnableFirewall", true));
        var original = Dict(
            ("PayloadIdentifier", "com.contoso.bare"), ("PayloadUUID", "0C000000-0000-4000-8000-000000000002"), ("PayloadType", "Configuration"),
            ("PayloadVersion", 1L), ("PayloadDisplayName", ""), ("PayloadOrganization", ""), ("PayloadEnabled", false), ("PayloadContent", Array(payload)));
        var file = dir.Write("bare.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
        var source = roundTrip.Sources[0];
        Assert.Contains("    OmitDefaults = TopLevelDefaults.Scope | TopLevelDefaults.RemovalDisallowed,\n", source, StringComparison.Ordinal);
        Assert.Contains("    DisplayName = \"\",\n", source, StringComparison.Ordinal);
        Assert.Contains("    Enabled = false,\n", source, StringComparison.Ordinal);
        Assert.Contains("        DisplayName = null,\n        Description = \"\",\n        Organization = \"\",\n        Enabled = false)]", source, StringComparison.Ordinal);
        Assert.DoesNotContain("not kept", roundTrip.Import.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UserScope_AndRemovalDisallowed_AreKept_AndAScopeMacsDoNotKnowIsReported()
    {
        using var dir = new TempDirectory();
        var payload = Corpus.Direct("com.apple.security.firewall", "com.contoso.u.fw", "0C000000-0000-4000-8000-000000000003", "Firewall", Dict(("EnableFirewall", true)));
        var user = Dict(
            ("PayloadIdentifier", "com.contoso.u"), ("PayloadUUID", "0C000000-0000-4000-8000-000000000004"), ("PayloadType", "Configuration"),
            ("PayloadVersion", 1L), ("PayloadScope", "User"), ("PayloadRemovalDisallowed", true), ("PayloadContent", Array(payload)));
        var odd = user.SetItem("PayloadIdentifier", "com.contoso.odd").SetItem("PayloadUUID", "0C000000-0000-4000-8000-000000000005")
            .SetItem("PayloadScope", "user").SetItem("PayloadContent", Array(payload.SetItem("PayloadUUID", "0C000000-0000-4000-8000-000000000006").SetItem("PayloadIdentifier", "com.contoso.odd.fw")));
        var userFile = dir.Write("user.mobileconfig", PropertyListSerializer.WriteXml(user));
        var oddFile = dir.Write("odd.mobileconfig", PropertyListSerializer.WriteXml(odd));

        var roundTrip = RoundTrip.Run(dir, userFile, oddFile);

        var byIdentifier = roundTrip.Built.ToDictionary(b => b.Profile.Identifier);
        RoundTrip.AssertSameTree(user, RoundTrip.Rebuilt(byIdentifier["com.contoso.u"]));
        RoundTrip.AssertSameTree(odd.Remove("PayloadScope"), RoundTrip.Rebuilt(byIdentifier["com.contoso.odd"]));
        Assert.Contains("not kept: top level: PayloadScope = \"user\" (rebuilt without it)", roundTrip.Import.Stderr, StringComparison.Ordinal);
    }
}
