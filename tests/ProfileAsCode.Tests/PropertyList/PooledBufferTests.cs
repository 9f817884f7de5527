using System.Buffers;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

/// <summary>
/// The writers' <see cref="ByteBuffer"/> rents its storage from <see cref="ArrayPool{T}.Shared"/>: these
/// tests catch a pooled array that leaks into a result, is returned twice, or whose old contents
/// reach the output.
/// </summary>
public class PooledBufferTests
{
    [Fact]
    public void ByteBuffer_GrownPastManyDoublings_HoldsEveryByteInOrder()
    {
        var random = new Random(7);
        var expected = new List<byte>();
        using var buffer = new ByteBuffer(16);
        while (expected.Count < 3_000_000)
        {
            switch (random.Next(4))
            {
                case 0:
                    var one = (byte)random.Next(256);
                    buffer.Write(one);
                    expected.Add(one);
                    break;
                case 1:
                    var chunk = new byte[random.Next(5000)];
                    random.NextBytes(chunk);
                    buffer.Write(chunk);
                    expected.AddRange(chunk);
                    break;
                case 2:
                    var count = random.Next(300);
                    var repeated = (byte)random.Next(256);
                    buffer.WriteRepeated(repeated, count);
                    expected.AddRange(Enumerable.Repeat(repeated, count));
                    break;
                default:
                    var size = random.Next(1, 100);
                    var span = buffer.GetSpan(size);
                    Assert.True(span.Length >= size);
                    var written = random.Next(size + 1);
                    for (var i = 0; i < written; i++)
                    {
                        span[i] = (byte)random.Next(256);
                        expected.Add(span[i]);
                    }

                    buffer.Advance(written);
                    break;
            }

            Assert.Equal(expected.Count, buffer.Length);
        }

        Assert.Equal(expected.ToArray(), buffer.ToArray());
        Assert.True(buffer.WrittenSpan.SequenceEqual(expected.ToArray()));
    }

    [Fact]
    public void ToArray_IsAFreshCopy_ThatOutlivesTheBuffer()
    {
        byte[] result;
        using (var buffer = new ByteBuffer(16))
        {
            buffer.Write("hello"u8);
            result = buffer.ToArray();
            Assert.NotSame(result, buffer.ToArray());
        }

        // The storage is back in the pool; whoever rents it next may overwrite it.
        var reused = ArrayPool<byte>.Shared.Rent(16);
        reused.AsSpan().Fill(0xAA);
        ArrayPool<byte>.Shared.Return(reused);
        Assert.Equal("hello"u8.ToArray(), result);
    }

    [Fact]
    public void Dispose_ReturnsTheStorageOnlyOnce_AndLaterWritesThrow()
    {
        const int Size = 1 << 19;
        var buffer = new ByteBuffer(Size);
        buffer.Write(1);
        buffer.Dispose();
        buffer.Dispose();

        Assert.Equal(0, buffer.Length);
        Assert.True(buffer.WrittenSpan.IsEmpty);
        Assert.Empty(buffer.ToArray());
        Assert.Throws<ObjectDisposedException>(() => buffer.Write(2));
        Assert.Throws<ObjectDisposedException>(() => buffer.Write("abc"u8));
        Assert.Throws<ObjectDisposedException>(() => buffer.WriteRepeated((byte)'\t', 3));
        Assert.Throws<ObjectDisposedException>(() => { buffer.GetSpan(1); });

        // An array returned twice would be handed to two renters at once.
        var first = ArrayPool<byte>.Shared.Rent(Size);
        var second = ArrayPool<byte>.Shared.Rent(Size);
        Assert.NotSame(first, second);
        ArrayPool<byte>.Shared.Return(first);
        ArrayPool<byte>.Shared.Return(second);
    }

    [Fact]
    public void ManyWritesInARow_WithFailuresMidway_GiveTheSameBytesEveryTime()
    {
        var trees = PlistTreeGenerator.Trees(30, seed: 77);
        var expectedXml = trees.Select(PropertyListSerializer.WriteXml).ToArray();
        var expectedBinary = trees.Select(PropertyListSerializer.WriteBinary).ToArray();
        var results = new List<(byte[] Written, byte[] Expected)>();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < trees.Count; i++)
            {
                // The whole tree is written before the illegal string is reached.
                Assert.Throws<PlistWriteException>(() => PropertyListSerializer.WriteXml(
                    new PlistDictionary(new Dictionary<string, PlistValue> { ["a"] = trees[i], ["z"] = "bad \u0001 text" })));
                Assert.Throws<PlistWriteException>(() => PropertyListSerializer.WriteBinary(TooDeep()));

                var xml = PropertyListSerializer.WriteXml(trees[i]);
                Assert.Equal(expectedXml[i], xml);
                results.Add((xml, expectedXml[i]));
                var binary = PropertyListSerializer.WriteBinary(trees[i]);
                Assert.Equal(expectedBinary[i], binary);
                results.Add((binary, expectedBinary[i]));
            }
        }

        // No result shares storage with a later write.
        Assert.All(results, result => Assert.Equal(result.Expected, result.Written));
    }

    [Fact]
    public void Output_DoesNotDependOnWhatThePooledStorageHeldBefore()
    {
        var tree = Large();
        Poison(0x00);
        var xml = PropertyListSerializer.WriteXml(tree);
        var binary = PropertyListSerializer.WriteBinary(tree);
        foreach (var garbage in new byte[] { 0xFF, (byte)'<', (byte)'\t' })
        {
            Poison(garbage);
            Assert.Equal(xml, PropertyListSerializer.WriteXml(tree));
            Poison(garbage);
            Assert.Equal(binary, PropertyListSerializer.WriteBinary(tree));
        }
    }

    [Fact]
    public void ConcurrentWrites_GiveTheSameBytesAsOneAtATime()
    {
        var trees = PlistTreeGenerator.Trees(16, seed: 5);
        var expectedXml = trees.Select(PropertyListSerializer.WriteXml).ToArray();
        var expectedBinary = trees.Select(PropertyListSerializer.WriteBinary).ToArray();
        var mismatches = 0;
        Parallel.For(0, 400, i =>
        {
            var tree = trees[i % trees.Count];
            if (!PropertyListSerializer.WriteXml(tree).AsSpan().SequenceEqual(expectedXml[i % trees.Count])
                || !PropertyListSerializer.WriteBinary(tree).AsSpan().SequenceEqual(expectedBinary[i % trees.Count]))
            {
                Interlocked.Increment(ref mismatches);
            }
        });
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void DocumentsGrownPastManyDoublings_RoundTripExactly()
    {
        var tree = Large();
        var xml = PropertyListSerializer.WriteXml(tree);
        var binary = PropertyListSerializer.WriteBinary(tree);

        // Both grew from the 4 KB start through at least eight doublings.
        Assert.True(xml.Length > 4096 << 8, $"XML is only {xml.Length} bytes");
        Assert.True(binary.Length > 4096 << 7, $"binary is only {binary.Length} bytes");
        Assert.Equal(tree, PropertyListSerializer.ReadXml(xml));
        Assert.Equal(tree, PropertyListSerializer.ReadBinary(binary));
        Assert.Equal(xml, PropertyListSerializer.WriteXml(PropertyListSerializer.ReadBinary(binary)));
    }

    private static PlistDictionary Large()
    {
        var random = new Random(11);
        var blob = new byte[600_000];
        random.NextBytes(blob);
        var entries = new Dictionary<string, PlistValue> { ["blob"] = blob };
        for (var i = 0; i < 6000; i++)
        {
            entries[$"key {i:D5} é"] = new PlistArray($"value {i} & <tag> 日本語", random.NextInt64(long.MinValue, long.MaxValue), random.NextDouble());
        }

        return new PlistDictionary(entries);
    }

    private static PlistValue TooDeep()
    {
        PlistValue value = "leaf";
        for (var i = 0; i <= PlistLimits.MaxDepth; i++)
        {
            value = new PlistArray(value);
        }

        return value;
    }

    /// <summary>Fills one pooled array of every size the writers rent with <paramref name="garbage"/>.</summary>
    private static void Poison(byte garbage)
    {
        for (var size = 16; size <= 1 << 23; size *= 2)
        {
            var array = ArrayPool<byte>.Shared.Rent(size);
            array.AsSpan().Fill(garbage);
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
