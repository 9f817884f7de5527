using ProfileAsCode.PropertyList;
using ProfileAsCode.Tests.Oracles;
using Xunit.Abstractions;
using ProfileAsCode.PropertyList.Xml;

namespace ProfileAsCode.Tests.PropertyList;

public class RealFormatterTests(ITestOutputHelper output)
{
    [Fact]
    public void MatchesCPrintfPercent17g_ViaPython_ForThousandsOfDoubles()
    {
        var random = new Random(17);
        var values = new List<double>();
        for (var i = 0; i < 3000; i++)
        {
            var bits = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
            if (double.IsFinite(bits) && bits != 0)
            {
                values.Add(bits);
            }
        }

        for (var exponent = -330; exponent <= 308; exponent++)
        {
            values.Add(Math.Pow(10, exponent));
            values.Add(-1.5 * Math.Pow(10, exponent));
        }

        for (var i = 0; i < 2000; i++)
        {
            values.Add(random.Next(-1_000_000, 1_000_000) / Math.Pow(10, random.Next(0, 12)));
        }

        values.AddRange([double.Epsilon, double.MaxValue, double.MinValue, 2.2250738585072014e-308, 9007199254740993, 0.1 + 0.2, 1e16, 1e17, 99999999999999999.0]);
        values.RemoveAll(v => v == 0 || !double.IsFinite(v));

        var expected = PythonPlistlib.FormatG17(values);
        var mismatches = values.Select((v, i) => (v, ours: RealFormatter.Format(v), theirs: expected[i])).Where(x => x.ours != x.theirs).Take(5).ToList();
        Assert.True(mismatches.Count == 0, string.Join("; ", mismatches.Select(m => $"{m.v:R}: ours {m.ours}, C {m.theirs}")));
        output.WriteLine($"ORACLE RealFormatter == '%.17g' (python3): {values.Count} doubles");
    }
}
