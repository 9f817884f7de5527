using System.Buffers.Binary;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

/// <summary>Shared references may not make a small binary plist stand for gigabytes of values.</summary>
public class BinaryAmplificationTests
{
    [Fact]
    public void OneMegabyteString_Referenced20000Times_IsRefusedPromptly()
    {
        var error = HostileInput.Refused(() => PropertyListSerializer.Read(Amplified(references: 20_000, stringLength: 1 << 20)));

        Assert.Contains("shared references expand this plist to more than", error.Message, StringComparison.Ordinal);
        Assert.Contains(PlistLimits.ExpandedBytesRule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharingWithinTheLimit_IsRead()
    {
        // 1,000 references to one 10 KB string: 10 MB expanded from a 14 KB file, under the 16 MiB floor.
        var file = Amplified(references: 1_000, stringLength: 10_000);

        var root = (PlistDictionary)PropertyListSerializer.Read(file);

        Assert.Equal(1_000, ((PlistArray)root["a"]).Count);
    }

    [Theory]
    [InlineData(1_000L, 16L << 20)]
    [InlineData(1L << 20, 32L << 20)]
    [InlineData(64L << 20, 256L << 20)]
    public void TheLimit_IsAMultipleOfTheSize_WithAFloorAndACap(long length, long expected) =>
        Assert.Equal(expected, PlistLimits.MaxExpandedBytes(length));

    /// <summary>The generator of the report: { "a": [s, s, …] } with every element one shared ASCII string s.</summary>
    private static byte[] Amplified(int references, int stringLength)
    {
        var text = new byte[6 + stringLength];
        text[0] = 0x5F;
        text[1] = 0x12;
        BinaryPrimitives.WriteInt32BigEndian(text.AsSpan(2), stringLength);
        text.AsSpan(6).Fill((byte)'A');
        var array = new byte[6 + references];
        array[0] = 0xAF;
        array[1] = 0x12;
        BinaryPrimitives.WriteInt32BigEndian(array.AsSpan(2), references);
        array.AsSpan(6).Fill(3);
        return BplistBuilder.Build([[0xD1, 1, 2], [0x51, (byte)'a'], array, text], offsetSize: 4);
    }
}
