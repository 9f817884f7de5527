using System.Text.RegularExpressions;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Tests.Import;

/// <summary>
/// A profile downloaded from Jamf Pro (UUIDs as identifiers, managed-preferences form, PayloadEnabled, payload-level
/// PayloadOrganization; Import/Corpus/jamf-pro-jamf-connect.mobileconfig) imports into code that reads like
/// samples/JamfConnect.EntraId and builds back equal (CorpusRoundTripTests); the identifiers it derives are clean.
/// </summary>
public class JamfProImportTests
{
    private static readonly string JamfProFile = Path.Combine(AppContext.BaseDirectory, "Import", "Corpus", "jamf-pro-jamf-connect.mobileconfig");

    [Fact]
    public void JamfProDownload_ReadsLikeTheSample()
    {
        using var dir = new TempDirectory();

        var source = Assert.Single(RoundTrip.Run(dir, JamfProFile).Sources);

        Assert.Contains("public JamfConnectLogin Login { get; init; } = new()", source, StringComparison.Ordinal);
        Assert.Contains("public JamfConnectMenuBar MenuBar { get; init; } = new()", source, StringComparison.Ordinal);
        Assert.DoesNotContain("ComJamfConnect", source, StringComparison.Ordinal);
        // The repeated GUIDs are named constants, named after the keys that hold them, in one static class.
        Assert.Contains("internal static class JamfProJamfConnectIds\n{\n", source, StringComparison.Ordinal);
        Assert.Contains("public const string TenantId = \"aaaaaaaa-0000-4000-8000-000000000001\";", source, StringComparison.Ordinal);
        Assert.Contains("public const string OidcClientId = \"bbbbbbbb-0000-4000-8000-000000000002\";", source, StringComparison.Ordinal);
        Assert.Contains("OidcTenant = JamfProJamfConnectIds.TenantId,", source, StringComparison.Ordinal);
        Assert.Contains("TenantId = JamfProJamfConnectIds.TenantId,", source, StringComparison.Ordinal);
        Assert.Contains("OidcRopgId = JamfProJamfConnectIds.OidcClientId,", source, StringComparison.Ordinal);
        Assert.Contains("RopgScopes = \"api://\" + JamfProJamfConnectIds.RopgScopesGuid + \"/jamfconnect+openid+email+profile\",", source, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(source, "\"aaaaaaaa-0000-4000-8000-000000000001\""));
        // Jamf Pro's envelope, as found.
        Assert.Contains("    Enabled = true,\n", source, StringComparison.Ordinal);
        Assert.Contains("        Organization = \"JAMF Software\",\n        Enabled = true)]", source, StringComparison.Ordinal);
        Assert.Contains("        Description = \"\",\n", source, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutThePinnedPayloadIdentifiers_TheDerivedOnesRaiseNoIdentifierFinding()
    {
        using var dir = new TempDirectory();
        var source = Assert.Single(RoundTrip.Run(dir, JamfProFile).Sources);
        var unpinned = Regex.Replace(source, "\n        Identifier = \"[0-9A-F-]+\",", "");
        Assert.NotEqual(source, unpinned);

        var built = Assert.Single(ProfileDiscovery.FindProfileTypes(InMemoryCompiler.CompileAndLoad([unpinned])).Select(ProfileBuilder.Build));

        // The profile identifier is Jamf Pro's UUID; each payload's is derived from it: "<UUID>.com.jamf.connect.login".
        Assert.All(built.Profile.Payloads, p => Assert.StartsWith(built.Profile.Identifier + ".com.jamf.connect", p.Identifier, StringComparison.Ordinal));
        var findings = RuleEngine.CheckProject([built.Facts], RuleContext.Build).Concat(built.Findings).ToList();
        Assert.DoesNotContain(findings, f => f.Rule == RuleCatalog.IdentifierInvalid || f.Rule == RuleCatalog.IdentifierNotReverseDns);
    }
}
