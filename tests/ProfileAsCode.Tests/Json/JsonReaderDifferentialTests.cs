using System.Diagnostics;
using System.Text;
using CsCheck;
using ProfileAsCode.Json;

namespace ProfileAsCode.Tests.Json;

/// <summary>Our reader against System.Text.Json on generated documents and on corrupted ones: same tree, or both refuse.</summary>
public sealed class JsonReaderDifferentialTests
{
    [Fact]
    public void GeneratedDocuments_ReadAsSystemTextJsonReadsThem()
    {
        var refusedByBoth = 0;
        JsonGenerators.Document.Sample(
            bytes =>
            {
                var expected = JsonOracle.SystemTextJson(bytes);
                var actual = JsonOracle.Ours(bytes, out var refusal);
                Assert.True(expected == actual, $"System.Text.Json: {expected ?? "refused"}\nours: {actual ?? "refused: " + refusal!.Message}\ninput: {Encoding.UTF8.GetString(bytes)}");
                if (actual is null)
                {
                    Interlocked.Increment(ref refusedByBoth);
                }
            },
            iter: 3000,
            threads: 1,
            seed: "0N0XIzNsQ0O2");

        // Lone escaped surrogates (\uD800 alone) and duplicate names are generated; both readers must have refused some.
        Assert.InRange(refusedByBoth, 1, 2999);
    }

    [Fact]
    public void CorruptedDocuments_AreRefusedByBothOrReadAlike()
    {
        var clock = Stopwatch.StartNew();
        var refused = 0;
        var compared = 0;
        JsonGenerators.Mutated.Sample(
            bytes =>
            {
                // Our decoder takes a leading zero byte or BOM for UTF-16 (PowerShell 5's default); System.Text.Json reads UTF-8 only.
                if (bytes.Length > 1 && (bytes[0] == 0 || bytes[1] == 0 || bytes[0] >= 0xEF))
                {
                    return;
                }

                var expected = JsonOracle.SystemTextJson(bytes);
                var actual = JsonOracle.Ours(bytes, out var refusal);
                Assert.True(expected == actual, $"System.Text.Json: {expected ?? "refused"}\nours: {actual ?? "refused: " + refusal!.Message}\ninput: {Convert.ToHexString(bytes)}");
                Interlocked.Increment(ref compared);
                if (actual is null)
                {
                    Interlocked.Increment(ref refused);
                }
            },
            iter: 10000,
            threads: 1,
            seed: "0bX6Mu2cxX3I");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"10,000 corrupted reads took {clock.Elapsed}");
        Assert.True(refused > compared / 4, $"only {refused} of {compared} corruptions refused: the mutations are too weak to test anything");
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void DepthLimit_IsSystemTextJsonsDefault(int depth, bool accepted)
    {
        var bytes = Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth));

        Assert.Equal(accepted, JsonOracle.SystemTextJson(bytes) is not null);
        Assert.Equal(accepted, JsonOracle.Ours(bytes, out _) is not null);
    }
}
