using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

public class BinaryPlistTests
{
    [Fact]
    public void Writer_Golden_DepthFirstOrder_SharedStrings_MinimalSizes()
    {
        // Hand-assembled: dict {a: 1, b: [true, "a"]}. Objects numbered as plistlib does: the dict,
        // its keys, its values, then the array's items; "a" is stored once and referenced twice.
        var expected = BplistBuilder.Build(
        [
            [0xD2, 1, 2, 3, 4],     // 0: dict, key refs 1 2, value refs 3 4
            [0x51, (byte)'a'],      // 1: "a"
            [0x51, (byte)'b'],      // 2: "b"
            [0x10, 0x01],           // 3: integer 1 in one byte
            [0xA2, 5, 1],           // 4: array [5, 1]
            [0x09],                 // 5: true
        ]);
        var tree = new PlistDictionary(new Dictionary<string, PlistValue> { ["a"] = 1, ["b"] = new PlistArray(true, "a") });
        Assert.Equal(expected, PropertyListSerializer.WriteBinary(tree));
    }

    [Fact]
    public void Writer_Golden_IntegerWidths_Utf16_Reals_Dates()
    {
        var expected = BplistBuilder.Build(
        [
            [0xA7, 1, 2, 3, 4, 5, 6, 7],                                       // array of 7
            [0x11, 0x01, 0x00],                                                // 256: two bytes
            [0x13, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],            // -1: eight bytes, signed
            [0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0, 0, 0, 0, 0],         // 2^63: sixteen bytes
            [0x63, 0x00, 0xE9, 0xD8, 0x3D, 0xDE, 0x00],                        // "é😀" as UTF-16BE: 3 code units
            [0x4F, 0x10, 0x0F, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],   // 15 zero bytes: count follows as an int
            [0x23, 0x3F, 0xF8, 0, 0, 0, 0, 0, 0],                              // real 1.5
            [0x33, 0x41, 0xC1, 0xDE, 0x0C, 0x40, 0, 0, 0],                     // 2020-01-01T00:00:00Z = 599529600 s after 2001
        ]);
        var tree = new PlistArray(256, -1L, new PlistInteger((Int128)long.MaxValue + 1), "é😀", new byte[15], 1.5,
            new PlistDate(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(expected, PropertyListSerializer.WriteBinary(tree));
    }

    [Fact]
    public void Writer_Golden_FifteenItems_UseTheLongCountForm()
    {
        byte[] array = [0xAF, 0x10, 0x0F, .. Enumerable.Repeat((byte)1, 15)];
        var expected = BplistBuilder.Build([array, [0x09]]);
        Assert.Equal(expected, PropertyListSerializer.WriteBinary(new PlistArray(Enumerable.Repeat<PlistValue>(true, 15))));
    }

    [Fact]
    public void Writer_IsDeterministic_AndRoundTrips()
    {
        foreach (var tree in PlistTreeGenerator.Trees(60, seed: 7))
        {
            var first = PropertyListSerializer.WriteBinary(tree);
            Assert.Equal(first, PropertyListSerializer.WriteBinary(tree));
            PlistAssert.Equivalent(tree, PropertyListSerializer.ReadBinary(first), "binary round trip");
        }
    }

    [Fact]
    public void Reader_Float32_And_LongStrings()
    {
        var file = BplistBuilder.Build(
        [
            [0xA2, 1, 2],
            [0x22, 0x3F, 0xC0, 0x00, 0x00],                   // float32 1.5
            [0x5F, 0x10, 0x10, .. "0123456789abcdef"u8.ToArray()],
        ]);
        Assert.Equal(new PlistArray(1.5, "0123456789abcdef"), PropertyListSerializer.ReadBinary(file));
    }
}
