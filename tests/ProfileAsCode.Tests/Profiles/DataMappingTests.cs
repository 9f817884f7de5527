using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ProfileAsCode.Profiles;
using ProfileAsCode.Tests.Oracles;
using ProfileAsCode.Tests.Profiles.Support;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.Profiles;

[PreferenceDomain("com.example.data")]
public sealed record DataSettings
{
    public byte[]? Array { get; init; }

    public ImmutableArray<byte>? Immutable { get; init; }

    public ReadOnlyMemory<byte>? Memory { get; init; }

    public IReadOnlyList<ImmutableArray<byte>>? Chunks { get; init; }

    /// <summary>Never assigned: a default ImmutableArray, which PlistData reads as empty.</summary>
    public ImmutableArray<byte> Unassigned { get; init; }
}

[ConfigurationProfile("com.example.data")]
public sealed record DataProfile
{
    public DataSettings Data { get; init; } = new()
    {
        Array = [0x50, 0x41, 0x43],
        Immutable = ImmutableArray.Create<byte>(0x50, 0x41, 0x43),
        Memory = new byte[] { 0x00, 0xFF },
        Chunks = [ImmutableArray.Create<byte>(0x01), ImmutableArray<byte>.Empty],
    };
}

/// <summary>Byte containers are written as &lt;data&gt;, never as arrays of integers, as plistlib reads them.</summary>
public class DataMappingTests
{
    [Fact]
    public void ByteContainers_AreWrittenAsData()
    {
        var built = ProfileBuilder.Build(typeof(DataProfile));
        Assert.Empty(built.Findings);

        var plist = PythonPlistlib.LoadsReadable(ProfileSerializer.ToBarePlist(Assert.IsType<PreferencePayload>(Assert.Single(built.Profile.Payloads))));

        ProfileFormsTests.AssertJson(
            JsonNode.Parse("""
                {
                  "Array": { "$data": "UEFD" },
                  "Chunks": [{ "$data": "AQ==" }, { "$data": "" }],
                  "Immutable": { "$data": "UEFD" },
                  "Memory": { "$data": "AP8=" },
                  "Unassigned": { "$data": "" }
                }
                """)!,
            plist);
    }
}
