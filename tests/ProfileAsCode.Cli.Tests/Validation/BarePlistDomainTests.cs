using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Validation;

/// <summary>
/// Issue 14, item 14: a bare plist whose file name does not tell its domain is never a silent pass. The domain comes
/// from the end of the file name, else from the keys when one domain clearly fits (said in one line), else the file
/// name with a warning that nothing checks it; --domain overrides; exit 2 only when nothing tells.
/// </summary>
public class BarePlistDomainTests
{
    /// <summary>A login window set up for Entra ID hybrid sign-in as Jamf's sample configurations do, with a tenant of "common".</summary>
    private static PlistDictionary HybridLogin() => Dict(
        ("OIDCProvider", "EntraID"),
        ("OIDCClientID", Corpus.ClientId),
        ("OIDCROPGID", Corpus.ClientId),
        ("OIDCRedirectURI", "https://127.0.0.1/jamfconnect"),
        ("OIDCTenant", "common"),
        ("ROPGProvider", "Azure_v2"),
        ("ROPGTenant", Corpus.Tenant),
        ("CreateJamfConnectPassword", true),
        ("DenyLocal", false));

    [Fact]
    public void TheBuildsOwnBarePlistName_IsReadAsTheDomainItEndsWith()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "com.contoso.jamfconnect.com.jamf.connect.login.plist", HybridLogin());

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => l.StartsWith($"{file}: error PAC1003: com.jamf.connect.login: OIDCTenant is 'common'", StringComparison.Ordinal));
        Assert.Contains($"{file}: bare plist of com.jamf.connect.login, the domain its file name ends with", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ARenamedPlist_IsReadAsTheDomainItsKeysClearlyFit_AndSaysSoInOneLine()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "azure.login.plist", HybridLogin());

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => l.Contains("error PAC1003: com.jamf.connect.login: OIDCTenant is 'common'", StringComparison.Ordinal));
        Assert.Single(run.StderrLines, l => l.StartsWith($"{file}: bare plist read as com.jamf.connect.login: 9 of its 9 keys", StringComparison.Ordinal) && l.Contains("'azure.login'", StringComparison.Ordinal));
    }

    [Fact]
    public void JamfsBarePlistWithAMobileconfigName_IsReadAsLoginWindowSettings_NotRefused()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "Jamf_Connect_Login_Hybrid_ID_PHS.mobileconfig", HybridLogin().SetItem("OIDCTenant", Corpus.Tenant));

        var validate = CliRun.Of("validate", file);
        var show = CliRun.Of("show", file);

        Assert.True(validate.ExitCode is 0 or 1, validate.Stderr);
        Assert.Contains("bare plist read as com.jamf.connect.login", validate.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("Preferences for com.jamf.connect.login", show.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DomainOption_Overrides_WhatTheKeysSay()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "azure.login.plist", HybridLogin());

        var run = CliRun.Of("validate", file, "--domain", "com.example.app");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("PAC1003", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("bare plist", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnApplePayloadsKeys_NameItsType()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "dock-settings.plist", Dict(("autohide", true), ("tilesize", 48L), ("orientation", "left")));

        var run = CliRun.Of("show", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Preferences for com.apple.dock", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("bare plist read as com.apple.dock: 3 of its 3 keys", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysOfTwoDomains_AndNoDomainInTheName_AreRefusedNamingBoth()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "jamf_connect.plist", Dict(("OIDCProvider", "EntraID"), ("IdPSettings", Dict(("Provider", "EntraID")))));

        var run = CliRun.Of("validate", file);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines, l => l.Contains("--domain", StringComparison.Ordinal));
        Assert.Contains("com.jamf.connect (1 of 2 keys)", line, StringComparison.Ordinal);
        Assert.Contains("com.jamf.connect.login (1 of 2 keys)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownDomainFromTheFileName_IsAWarningThatNothingIsChecked_NotASilentPass()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "com.vendor.tool.plist", Dict(("Color", "blue"), ("Level", 3L)));

        var run = CliRun.Of("validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.StderrLines, l => l.StartsWith($"{file}: warning: the domain 'com.vendor.tool' comes from the file name, and no key table knows it", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_UsesTheInferredDomain_AndItsTypedRecord()
    {
        using var dir = new TempDirectory();
        var settings = HybridLogin().SetItem("OIDCTenant", Corpus.Tenant);
        var file = CorpusFiles.Xml(dir, "azure.login.plist", settings);

        var roundTrip = RoundTrip.Run(dir, file);

        Assert.Contains("public JamfConnectLogin Login { get; init; }", roundTrip.Sources[0], StringComparison.Ordinal);
        var payload = Assert.IsType<PreferencePayload>(Assert.Single(roundTrip.Single().Profile.Payloads));
        Assert.Equal("com.jamf.connect.login", payload.Domain);
        RoundTrip.AssertSameTree(settings, payload.Settings);
        Assert.Contains("bare plist read as com.jamf.connect.login", roundTrip.Import.Stderr, StringComparison.Ordinal);
    }
}
