using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Import;

/// <summary><c>import A.plist B.plist --identifier ID</c>: several bare preference plists become one profile.</summary>
public class IdentifierOptionTests
{
    [Fact]
    public void BarePlists_WithAnIdentifier_BecomeOneProfile_WithAPayloadEach()
    {
        using var dir = new TempDirectory();
        var login = dir.Write("com.jamf.connect.login.plist", PropertyListSerializer.WriteXml(Corpus.JamfConnectLoginSettings()));
        var menuBar = dir.Write("com.jamf.connect.plist", PropertyListSerializer.WriteBinary(Corpus.JamfConnectMenuBarSettings()));

        var roundTrip = RoundTrip.Run(dir, login, menuBar, "--identifier", "com.contoso.jamfconnect");

        var built = roundTrip.Single();
        Assert.Equal("com.contoso.jamfconnect", built.Profile.Identifier);
        var payloads = built.Profile.Payloads.Cast<PreferencePayload>().ToList();
        Assert.Equal(["com.jamf.connect.login", "com.jamf.connect"], payloads.Select(p => p.Domain));
        Assert.Equal(["com.contoso.jamfconnect.com.jamf.connect.login", "com.contoso.jamfconnect.com.jamf.connect"], payloads.Select(p => p.Identifier));
        RoundTrip.AssertSameTree(Corpus.JamfConnectLoginSettings(), payloads[0].Settings);
        RoundTrip.AssertSameTree(Corpus.JamfConnectMenuBarSettings(), payloads[1].Settings);
        var source = roundTrip.Sources[0];
        Assert.Contains("[ConfigurationProfile(\"com.contoso.jamfconnect\")]\npublic sealed record Jamfconnect\n", source, StringComparison.Ordinal);
        Assert.Contains("public JamfConnectLogin Login { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("public JamfConnectMenuBar MenuBar { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("OidcTenant = JamfconnectIds.TenantId,", source, StringComparison.Ordinal);
        Assert.DoesNotContain("[PayloadIdentity", source, StringComparison.Ordinal);
    }

    [Fact]
    public void AConfigurationProfile_AmongTheFiles_IsBadInput()
    {
        using var dir = new TempDirectory();
        var bare = dir.Write("com.jamf.connect.plist", PropertyListSerializer.WriteXml(Corpus.JamfConnectMenuBarSettings()));
        var profile = dir.Write("jc.mobileconfig", PropertyListSerializer.WriteXml(Corpus.JamfConnect(PreferencePayloadForm.Direct)));

        var run = CliRun.Of("import", bare, profile, "--identifier", "com.contoso.jamfconnect", "--out", dir.File("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"profile-as-code: {profile}: is a configuration profile; --identifier puts bare preference plists into one profile (import profiles without it)\n", run.Stderr);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Theory]
    [InlineData("contoso")]
    [InlineData("com.contoso..x")]
    [InlineData("com.contoso jamf")]
    public void AnIdentifierThatIsNotReverseDns_IsAUsageError(string identifier)
    {
        using var dir = new TempDirectory();
        var bare = dir.Write("com.jamf.connect.plist", PropertyListSerializer.WriteXml(Corpus.JamfConnectMenuBarSettings()));

        var run = CliRun.Of("import", bare, "--identifier", identifier, "--out", dir.File("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a reverse-DNS identifier", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }
}
