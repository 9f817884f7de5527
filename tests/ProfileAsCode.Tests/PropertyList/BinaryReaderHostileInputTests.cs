using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

public class BinaryReaderHostileInputTests
{
    [Fact]
    public void ArrayContainingItself_IsACycle()
    {
        var error = HostileInput.Refused(() => Read(BplistBuilder.Build([[0xA1, 0]])));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoContainersReferringToEachOther_IsACycle()
    {
        var file = BplistBuilder.Build([[0xA1, 1], [0xD1, 2, 0], [0x51, (byte)'k']]);
        Assert.Contains("cycle", HostileInput.Refused(() => Read(file)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedReferences_ThatExpandExponentially_AreRefused()
    {
        // 64 arrays, each holding the next one twice: 2^64 values when expanded, a few hundred bytes on disk.
        var objects = Enumerable.Range(0, 64).Select(i => new byte[] { 0xA2, (byte)(i + 1), (byte)(i + 1) }).ToList();
        objects.Add([0x09]);
        var error = HostileInput.Refused(() => Read(BplistBuilder.Build(objects)));
        Assert.Contains("expand", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedScalars_AreFine()
    {
        List<byte[]> objects = [[0xAF, 0x11, 0x03, 0xE8, .. Enumerable.Repeat((byte)1, 1000)], [0x09]];
        Assert.Equal(1000, ((PlistArray)Read(BplistBuilder.Build(objects, offsetSize: 2))).Count);
    }

    [Fact]
    public void DeepChain_IsRefused_WithoutStackOverflow()
    {
        const int depth = 100_000;

        // Array i holds array i + 1; references are 4 bytes wide.
        var objects = Enumerable.Range(0, depth)
            .Select(i => i + 1 < depth ? new byte[] { 0xA1, 0, (byte)((i + 1) >> 16), (byte)((i + 1) >> 8), (byte)(i + 1) } : [0xA0])
            .ToList();
        var error = HostileInput.Refused(() => Read(BplistBuilder.Build(objects, refSize: 4, offsetSize: 4)));
        Assert.Contains($"deeper than {PlistLimits.MaxDepth}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x5F, 0x13, 0x40, 0, 0, 0, 0, 0, 0, 0 }, "claims")]                         // string of 2^62 characters
    [InlineData(new byte[] { 0x4F, 0x13, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, "claims")]       // data of 2^63-1 bytes
    [InlineData(new byte[] { 0x4F, 0x13, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, "claims")]       // negative length
    [InlineData(new byte[] { 0xAF, 0x12, 0x7F, 0xFF, 0xFF, 0xFF }, "claims")]                               // array of 2^31 refs
    [InlineData(new byte[] { 0xDF, 0x10, 0xFF }, "claims")]                                                 // dict of 255 pairs in 3 bytes
    [InlineData(new byte[] { 0x55, 0x61 }, "claims")]                                                       // string longer than the file
    [InlineData(new byte[] { 0x4F, 0x50 }, "a length of 15 or more")]                                      // count not an integer
    [InlineData(new byte[] { 0x13, 0x01 }, "run past")]                                                     // truncated 8-byte int
    [InlineData(new byte[] { 0x15, 0x01 }, "not supported")]                                                // 32-byte int
    [InlineData(new byte[] { 0x80, 0x01 }, "UID")]
    [InlineData(new byte[] { 0x00 }, "unsupported object marker 0x00")]
    [InlineData(new byte[] { 0x0F }, "unsupported object marker 0x0F")]
    [InlineData(new byte[] { 0xC1, 0x00 }, "unsupported object marker 0xC1")]
    [InlineData(new byte[] { 0x52, 0x61, 0xE9 }, "over 0x7F")]
    [InlineData(new byte[] { 0x33, 0x7F, 0xF0, 0, 0, 0, 0, 0, 0 }, "years 1 to 9999")]                     // +infinity seconds
    [InlineData(new byte[] { 0x33, 0x43, 0x00, 0, 0, 0, 0, 0, 0 }, "years 1 to 9999")]                     // 2^49 s after 2001
    [InlineData(new byte[] { 0x14, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 }, "outside -2^63")]    // 2^64
    [InlineData(new byte[] { 0x14, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, "outside -2^63")]
    [InlineData(new byte[] { 0xA1, 0x09 }, "points past")]                                                  // reference to object 9 of 1
    public void MalformedObject_IsRefused(byte[] objectBytes, string message)
    {
        var error = HostileInput.Refused(() => Read(BplistBuilder.Build([objectBytes])));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Offset);
    }

    [Fact]
    public void DictionaryKeyThatIsNotAString_OrRepeated_IsRefused()
    {
        Assert.Contains("not a string", HostileInput.Refused(() => Read(BplistBuilder.Build([[0xD1, 1, 1], [0x10, 0x05]]))).Message, StringComparison.Ordinal);
        Assert.Contains("appears twice", HostileInput.Refused(() => Read(BplistBuilder.Build([[0xD2, 1, 1, 2, 2], [0x51, (byte)'k'], [0x09]]))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0UL, null, null, "do not fit")]
    [InlineData(ulong.MaxValue, null, null, "do not fit")]
    [InlineData(3UL, null, null, "do not fit")]
    [InlineData(null, 1UL, null, "top object 1")]
    [InlineData(null, null, 4UL, "outside the object area")]
    [InlineData(null, null, 1000UL, "outside the object area")]
    [InlineData(null, null, 12UL, "outside the object area")]
    [InlineData(null, null, 9UL, "outside the object area")]
    public void InconsistentTrailer_IsRefused(ulong? objectCount, ulong? top, ulong? tableOffset, string message)
    {
        var file = BplistBuilder.Build([[0xA1, 0x00]], top: top ?? 0, objectCount: objectCount, tableOffset: tableOffset);
        Assert.Contains(message, HostileInput.Refused(() => Read(file)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OffsetIntoTheOffsetTableOrTrailer_IsRefused()
    {
        var file = BplistBuilder.Build([[0xA1, 1], [0x09]]);
        var table = file.Length - 32 - 2;
        file[table + 1] = (byte)(table + 1);   // object 1 "starts" inside the offset table
        Assert.Contains("outside the object area", HostileInput.Refused(() => Read(file)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(9, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 9)]
    public void BadOffsetOrReferenceSize_IsRefused(int offsetSize, int refSize)
    {
        var file = BplistBuilder.Build([[0x09]]);
        file[^26] = (byte)offsetSize;
        file[^25] = (byte)refSize;
        Assert.Contains("must be 1 to 8 bytes", HostileInput.Refused(() => Read(file)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bplist00")]
    [InlineData("bplist15xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("bplist00\u0009")]
    public void TruncatedOrOtherVersion_IsRefused(string text)
    {
        HostileInput.Refused(() => Read(System.Text.Encoding.Latin1.GetBytes(text)));
    }

    [Fact]
    public void RandomCorruptions_OnlyEverGiveFormatErrors()
    {
        var original = PropertyListSerializer.WriteBinary(PlistTreeGenerator.Trees(1, seed: 99)[0]);
        var refused = HostileInput.RefusalsAmongCorruptions(original, 5000, seed: 11, (random, bytes) =>
        {
            // Half the edits hit the trailer and offset table, where the structure lives.
            var at = random.Next(2) == 0 ? random.Next(bytes.Length) : bytes.Length - 1 - random.Next(Math.Min(64, bytes.Length));
            bytes[at] = (byte)random.Next(256);
        });
        Assert.InRange(refused, 500, 5000);
    }

    private static PlistValue Read(byte[] bytes) => PropertyListSerializer.ReadBinary(bytes);
}
