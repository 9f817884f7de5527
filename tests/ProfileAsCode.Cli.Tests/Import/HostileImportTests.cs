using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Profiles;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Import;

/// <summary>
/// Issue 13, item 1: a profile's keys, values, payload types, file name and signer cannot put code into what import
/// writes. Each hostile profile is imported, compiled with Roslyn, checked to be records and properties only (exactly
/// those its payloads and dictionaries ask for), and built back with the library's ProfileBuilder to the same values.
/// </summary>
public class HostileImportTests
{
    private const string Namespace = "Imported.Profiles";
    private const string ProfileUuid = "0F6E8B52-6A0C-4B8E-9E84-1B5A2C3D4E5F";
    private const string PayloadUuid = "7A1B2C3D-4E5F-4607-8899-AABBCCDDEE01";

    private static readonly string[] Hostile = HostileStrings.All;

    [Fact]
    public void UnknownDomain_WithHostileKeysValuesTypeAndEnvelope_ImportsAsDataOnly()
    {
        using var dir = new TempDirectory();
        var (original, kept) = HostileUnknownDomainProfile();
        var file = dir.Write("hostile.mobileconfig", PropertyListSerializer.WriteBinary(original));

        var imported = ImportAndCheck(dir, [file], [(HostileDomain, HostileUnknownDomainSettings())]);

        RoundTrip.AssertSameTree(kept, RoundTrip.Rebuilt(imported));
    }

    [Fact]
    public void TypedJamfConnectRecords_WithHostileValuesAndExtraKeys_ImportAsDataOnly()
    {
        using var dir = new TempDirectory();
        var login = Corpus.JamfConnectLoginSettings()
            .SetItem("LoginWindowMessage", Hostile[0])
            .SetItem("EULAText", Hostile[3])
            .SetItem("OIDCAdmin", Strings(Hostile))
            .SetItem("MFARename", Dict(Hostile.Select(h => (h, (PlistValue)h)).ToArray()));
        foreach (var hostile in Hostile)
        {
            login = login.SetItem("X" + hostile, hostile);
        }

        var original = Corpus.Profile(
            "com.contoso.hostile.jc", ProfileUuid, PreferencePayloadForm.ManagedPreferences,
            ("com.jamf.connect.login", "com.contoso.hostile.jc.login" + Hostile[2], PayloadUuid, Hostile[1], login));
        var file = dir.Write("jc.mobileconfig", PropertyListSerializer.WriteBinary(original));

        var imported = ImportAndCheck(dir, [file], [("com.jamf.connect.login", login)]);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(imported));
    }

    [Fact]
    public void HostileFileName_AndSignerSubject_DoNotReachTheCode()
    {
        using var dir = new TempDirectory();
        var (original, kept) = HostileUnknownDomainProfile();
        var signed = SubjectSigner.Sign(PropertyListSerializer.WriteBinary(original), "Contoso " + Hostile[0] + Hostile[8] + Hostile[5]);
        var file = dir.Write("evil\n" + HostileStrings.Payload.Replace('/', '\u2215') + "\u2028\u202E.mobileconfig", signed);

        var imported = ImportAndCheck(dir, [file], [(HostileDomain, HostileUnknownDomainSettings())]);

        RoundTrip.AssertSameTree(kept, RoundTrip.Rebuilt(imported));
    }

    [Fact]
    public void BarePlist_WithAHostileDomainOption_ImportsAsDataOnly()
    {
        using var dir = new TempDirectory();
        var settings = HostileSettings();
        var file = dir.Write("settings.plist", PropertyListSerializer.WriteBinary(settings));

        var imported = ImportAndCheck(dir, [file, "--domain", HostileDomain], [(HostileDomain, settings)]);

        var payload = Assert.IsType<PreferencePayload>(Assert.Single(imported.Profile.Payloads));
        RoundTrip.AssertSameTree(settings, payload.Settings);
    }

    [Fact]
    public void NamesThatMeanSomethingElseInCSharp_AreNumbered_AndTheCodeCompilesCleanly()
    {
        using var dir = new TempDirectory();
        var settings = Dict(("ToString", "x"), ("GetHashCode", 1L), ("EqualityContract", true), ("Equals", Dict(("GetType", 2L))));
        var profile = Corpus.Profile("com.contoso.names", ProfileUuid, PreferencePayloadForm.Direct, ("com.evil.GetHashCode", "com.contoso.names.p", PayloadUuid, "Names", settings));
        var files = new[] { "PayloadKey", "DateTime", "Dictionary", "ConfigurationProfile", "System" }
            .Select(name => dir.Write(name + ".mobileconfig", PropertyListSerializer.WriteXml(profile.SetItem("PayloadIdentifier", "com.contoso." + name))))
            .ToArray();

        var run = CliRun.Of(["import", .. files, "--out", dir.File("out"), "--namespace", Namespace]);

        Assert.True(run.ExitCode is 0 or 1, run.Stderr);
        var sources = Directory.GetFiles(dir.File("out"), "*.cs").Select(File.ReadAllText).ToList();
        var compilation = InMemoryCompiler.Compile(sources);
        GeneratedCodeShape.AssertDataOnly(compilation, Namespace);
        var built = ProfileDiscovery.FindProfileTypes(InMemoryCompiler.Load(compilation, sources)).Select(ProfileBuilder.Build).ToList();
        Assert.Equal(files.Length, built.Count);
        Assert.All(built, b => RoundTrip.AssertSameTree(profile.SetItem("PayloadIdentifier", b.Attribute.Identifier!), RoundTrip.Rebuilt(b)));
    }

    [Fact]
    public void UnpairedSurrogate_InTextThatBecomesAnAttribute_IsRefusedInOneLine()
    {
        using var dir = new TempDirectory();
        var profile = Corpus.UnknownDomain().SetItem("PayloadDisplayName", "broken \uD800 name");
        var file = dir.Write("surrogate.mobileconfig", PropertyListSerializer.WriteBinary(profile));

        var run = CliRun.Of("import", file, "--out", dir.File("out"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("PayloadDisplayName 'broken \\uD800 name' holds an unpaired UTF-16 surrogate", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    private static string HostileDomain => "com.evil.app\n" + HostileStrings.Payload + "\u2028\u202E";

    /// <summary>Every hostile string as a key and as a value, in a list, as nested keys, and in a mixed list (the record's raw keys).</summary>
    private static PlistDictionary HostileSettings()
    {
        var entries = Hostile.Select(h => (h, (PlistValue)h)).ToList();
        entries.Add(("list", Strings(Hostile)));
        entries.Add(("nested" + Hostile[0], Dict(Hostile.Select((h, i) => (h, (PlistValue)new PlistInteger(i))).Append((Hostile[1] + "deeper", Dict((Hostile[2], Hostile[3])))).ToArray())));
        entries.Add(("mixed" + Hostile[1], Array(Hostile[0], 1L, Dict((Hostile[1], Hostile[2])))));
        return Dict([.. entries]);
    }

    /// <summary>
    /// The hostile settings plus a key that starts like an envelope key: only Apple's envelope keys are reserved
    /// (certificate payloads carry a PayloadContent of their own), so it is an ordinary setting.
    /// </summary>
    private static PlistDictionary HostileUnknownDomainSettings() => HostileSettings().SetItem("Payload" + Hostile[0], Hostile[1]);

    /// <summary>The profile as written, and as a rebuild must give it back (without the keys import reports as not kept).</summary>
    private static (PlistDictionary Original, PlistDictionary Kept) HostileUnknownDomainProfile()
    {
        var kept = Corpus.Profile(
                "com.contoso.hostile" + Hostile[0], ProfileUuid, PreferencePayloadForm.Direct,
                (HostileDomain, "com.contoso.hostile.payload" + Hostile[8], PayloadUuid, Hostile[2], HostileUnknownDomainSettings()))
            .SetItem("PayloadDisplayName", Hostile[1])
            .SetItem("PayloadDescription", Hostile[5] + Hostile[9])
            .SetItem("PayloadOrganization", Hostile[8]);
        var payload = (PlistDictionary)((PlistArray)kept["PayloadContent"])[0];
        var original = kept.SetItem("PayloadContent", Array(payload.SetItem("PayloadEnabled", Hostile[2])));
        foreach (var hostile in Hostile.Take(6))
        {
            original = original.SetItem("Top" + hostile, Dict((hostile, hostile)));
        }

        return (original, kept);
    }

    /// <summary>import → Roslyn: data only, the records the payloads ask for → emit, load, build.</summary>
    private static BuiltProfile ImportAndCheck(TempDirectory dir, string[] arguments, IReadOnlyList<(string Domain, PlistDictionary Settings)> payloads)
    {
        var outDir = dir.File("out");
        var run = CliRun.Of(["import", .. arguments, "--out", outDir, "--namespace", Namespace]);
        Assert.True(run.ExitCode is 0 or 1, $"import failed ({run.ExitCode}): {run.Stderr}");
        var sources = Directory.GetFiles(outDir, "*.cs").Select(File.ReadAllText).ToList();
        var compilation = InMemoryCompiler.Compile(sources);
        GeneratedCodeShape.AssertDataOnly(compilation, Namespace);
        GeneratedCodeShape.AssertRecordsMatch(compilation, payloads);
        var assembly = InMemoryCompiler.Load(compilation, sources);
        return Assert.Single(ProfileDiscovery.FindProfileTypes(assembly).Select(ProfileBuilder.Build));
    }
}
