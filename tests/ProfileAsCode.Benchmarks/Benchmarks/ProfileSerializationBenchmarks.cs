using BenchmarkDotNet.Attributes;
using ProfileAsCode.Benchmarks.Documents;
using ProfileAsCode.Profiles;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Benchmarks.Benchmarks;

/// <summary>
/// What the build host does per profile: the profile value to its plist tree (payload envelopes,
/// sorted dictionaries) and on to <c>.mobileconfig</c> bytes.
/// </summary>
[MemoryDiagnoser]
public class ProfileSerializationBenchmarks
{
    private ConfigurationProfile profile = null!;

    [Params(DocumentSize.Typical, DocumentSize.Medium, DocumentSize.Large)]
    public DocumentSize Size { get; set; }

    [GlobalSetup]
    public void Setup() => profile = BenchmarkDocuments.Profile(Size);

    [Benchmark]
    public byte[] ToMobileConfig() => ProfileSerializer.ToMobileConfig(profile, PreferencePayloadForm.Direct);
}

/// <summary>The whole per-profile path of the host for the typical record: reflection over the record, mapping, serialization.</summary>
[MemoryDiagnoser]
public class ProfileBuildBenchmarks
{
    [Benchmark]
    public byte[] BuildAndSerializeTypical()
    {
        var built = ProfileBuilder.Build(typeof(TypicalJamfConnectProfile));
        return ProfileSerializer.ToMobileConfig(built.Profile, PreferencePayloadForm.Direct);
    }
}
