using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Import;

/// <summary>
/// The round-trip corpus (Import/Corpus, written from Apple's, Microsoft's and Jamf's documentation; README.md there
/// cites each page): import the folder → compile the generated C# → build every record → the built profile is the
/// original, by <c>profile-as-code diff</c> and by Python's plistlib.
/// </summary>
public class CorpusRoundTripTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "Import", "Corpus");

    /// <summary>Each file and the library record every one of its payloads must become (typed, not generated).</summary>
    public static TheoryData<string, string[]> Files => new()
    {
        { "pppc-jamf-connect.mobileconfig", ["PrivacyPreferencesPolicyControl"] },
        { "notifications.mobileconfig", ["Notifications"] },
        { "managed-login-items.mobileconfig", ["ManagedLoginItems"] },
        { "system-extensions.mobileconfig", ["SystemExtensions"] },
        { "kerberos-sso.mobileconfig", ["ExtensibleSingleSignOnKerberos"] },
        { "platform-sso-entra.mobileconfig", ["ExtensibleSingleSignOn"] },
        { "filevault-escrow.mobileconfig", ["FileVault", "FileVaultRecoveryKeyEscrow", "CertificatePkcs1", "FileVaultOptions"] },
        { "firewall.mobileconfig", ["Firewall"] },
        { "restrictions.mobileconfig", ["Restrictions"] },
        { "certificate-root.mobileconfig", ["CertificateRoot"] },
        { "wifi-eap-tls.mobileconfig", ["CertificateRoot", "WiFi"] },
        { "jamf-connect.mobileconfig", ["JamfConnectLogin", "JamfConnectMenuBar"] },
        { "jamf-pro-jamf-connect.mobileconfig", ["JamfConnectLogin", "JamfConnectMenuBar"] },
        { "jamf-pro-privacy.mobileconfig", ["PrivacyPreferencesPolicyControl", "Notifications", "ManagedLoginItems"] },
    };

    [Fact]
    public void EveryCorpusFile_IsListedHere()
    {
        var listed = Files.Select(row => (string)row[0]).Order(StringComparer.Ordinal);
        var present = Directory.GetFiles(CorpusFolder, "*.mobileconfig").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(present, listed);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ImportThenBuild_IsTheSameProfile_ByDiffAndByPlistlib(string name, string[] records)
    {
        using var dir = new TempDirectory();
        var original = Path.Combine(CorpusFolder, name);

        var roundTrip = RoundTrip.Run(dir, original);

        Assert.DoesNotContain("not kept", roundTrip.Import.Stderr, StringComparison.Ordinal);
        var source = Assert.Single(roundTrip.Sources);
        foreach (var record in records)
        {
            Assert.Matches($@"\n    public {record} \w+ {{ get; init; }} = new\(\)", source);
        }

        // Every payload is one of the library's records: none was designed from the values.
        Assert.DoesNotContain("[ApplePayload(", source, StringComparison.Ordinal);
        Assert.DoesNotContain("[PreferenceDomain(", source, StringComparison.Ordinal);
        var built = roundTrip.Single();
        Assert.DoesNotContain(built.Findings, f => f.Rule.DefaultSeverity == Rules.RuleSeverity.Error);

        var rebuilt = dir.Write("rebuilt.mobileconfig", PropertyListSerializer.WriteXml(RoundTrip.Rebuilt(built)));
        var diff = CliRun.Of("diff", original, rebuilt);
        Assert.True(diff.ExitCode == 0, $"diff found differences ({diff.ExitCode}):\n{diff.Stdout}{diff.Stderr}");
        Assert.Equal("no differences\n", diff.Stdout);
        Assert.Equal("same", PlistLibTree.Compare(original, rebuilt));
    }

    [Fact]
    public void TheWholeFolder_ImportsAndCompilesAsOneProject()
    {
        using var dir = new TempDirectory();

        var roundTrip = RoundTrip.Run(dir, CorpusFolder);

        Assert.Equal(Files.Count(), roundTrip.Built.Count);

        // One diff of the folder against the folder of rebuilt profiles: matched by identifier, nothing differs.
        var rebuiltFolder = Path.Combine(dir.Path, "rebuilt");
        Directory.CreateDirectory(rebuiltFolder);
        foreach (var built in roundTrip.Built)
        {
            File.WriteAllBytes(Path.Combine(rebuiltFolder, built.Profile.Uuid + ".mobileconfig"), PropertyListSerializer.WriteXml(RoundTrip.Rebuilt(built)));
        }

        var folderDiff = CliRun.Of("diff", CorpusFolder, rebuiltFolder);
        Assert.True(folderDiff.ExitCode == 0, folderDiff.Stdout + folderDiff.Stderr);
        Assert.Equal("no differences\n", folderDiff.Stdout);
    }

    [Fact]
    public void ThePlistlibOracle_SeesWhatDiffers_EvenWherePythonCallsTrueOne()
    {
        using var dir = new TempDirectory();
        var flag = dir.Write("flag.plist", PropertyListSerializer.WriteXml(Plist.Dict(("k", true), ("list", Plist.Array("a", 2L)))));
        var number = dir.Write("number.plist", PropertyListSerializer.WriteXml(Plist.Dict(("k", 1L), ("list", Plist.Array("a", 2L)))));
        var shorter = dir.Write("shorter.plist", PropertyListSerializer.WriteXml(Plist.Dict(("k", true), ("list", Plist.Array("a")))));

        Assert.Equal("same", PlistLibTree.Compare(flag, flag));
        Assert.StartsWith("/k: bool True / int 1", PlistLibTree.Compare(flag, number), StringComparison.Ordinal);
        Assert.StartsWith("/list: 2 items / 1 items", PlistLibTree.Compare(flag, shorter), StringComparison.Ordinal);
    }
}
