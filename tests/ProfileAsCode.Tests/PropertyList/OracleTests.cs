using System.Text;
using ProfileAsCode.PropertyList;
using Xunit.Abstractions;

namespace ProfileAsCode.Tests.PropertyList;

/// <summary>
/// Our writers and readers against Python's plistlib and libplist's plistutil over the generated
/// trees (<see cref="PlistTreeGenerator"/>). Each test prints how many trees it compared.
/// </summary>
public class OracleTests(OracleFixture oracles, ITestOutputHelper output) : IClassFixture<OracleFixture>
{
    [Fact]
    public void Plistlib_ParsesOurXml_ToTheSameValues()
    {
        Compare("plistlib.loads(our XML)", i => oracles.PlistlibOfOurXml[i], PlistAssert.AfterXml);
    }

    [Fact]
    public void Plistlib_ParsesOurBinary_ToTheSameValues()
    {
        Compare("plistlib.loads(our binary)", i => oracles.PlistlibOfOurBinary[i], tree => tree);
    }

    [Fact]
    public void OurXmlReader_ParsesPlistlibXml_ToTheSameValues()
    {
        // plistlib writes reals with repr(), which round-trips exactly, -0.0 included.
        Compare("our ReadXml(plistlib.dumps(tree, FMT_XML))", i => ReadWith(b => PropertyListSerializer.ReadXml(b), oracles.PlistlibXml[i]), tree => tree);
    }

    [Fact]
    public void OurBinaryReader_ParsesPlistlibBinary_ToTheSameValues()
    {
        // plistlib stores 0.0 and -0.0 as one object (they compare equal in Python), so the sign of zero is not compared.
        Compare("our ReadBinary(plistlib.dumps(tree, FMT_BINARY))", i => ReadWith(b => PropertyListSerializer.ReadBinary(b), oracles.PlistlibBinary[i]), PlistAssert.AfterXml, normalizeActual: true);
    }

    [Fact]
    public void OurXml_EqualsPlistlibsRewrite_ByteForByte_WhereCfAndPlistlibAgree()
    {
        // plistlib writes what CF writes except <real> text and <data> nested 8+ deep. Also skipped:
        // trees where code-point key order (plistlib) differs from UTF-16 order (CF), i.e. keys mixing
        // non-BMP characters with U+E000–U+FFFF.
        var compared = 0;
        for (var i = 0; i < oracles.Trees.Count; i++)
        {
            var tree = oracles.Trees[i];
            if (!CfAndPlistlibAgreeOn(tree))
            {
                continue;
            }

            var (bytes, error) = oracles.PlistlibRedumpOfOurXml[i];
            Assert.True(bytes is not null, $"tree {i}: plistlib failed: {error}");
            Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(oracles.OurXml[i]));
            compared++;
        }

        Report("our XML == plistlib.dumps(plistlib.loads(our XML))", compared);
        Assert.True(compared >= oracles.Trees.Count / 4, $"only {compared} trees were byte-comparable; the generator should give more");
    }

    [Fact]
    public void Plistutil_RoundTripsOurXmlThroughBinary_ToTheSameValues()
    {
        // our XML → plistutil -f bin → plistutil -f xml, then parsed by plistlib and by our reader.
        Compare("plistlib.loads(plistutil -f xml(plistutil -f bin(our XML)))", i => oracles.PlistlibOfPlistutilXml[i], PlistAssert.AfterXml, plistutilXml: true);
        Compare("our ReadXml(plistutil -f xml(plistutil -f bin(our XML)))", i => ReadWith(b => PropertyListSerializer.ReadXml(b), oracles.PlistutilXmlOfTheirBinary[i]), PlistAssert.AfterXml, plistutilXml: true);
    }

    [Fact]
    public void OurBinaryReader_ParsesPlistutilBinary_ToTheSameValues()
    {
        Compare("our ReadBinary(plistutil -f bin(our XML))", i => ReadWith(b => PropertyListSerializer.ReadBinary(b), oracles.PlistutilBinaryOfOurXml[i]), PlistAssert.AfterXml);
    }

    [Fact]
    public void Plistutil_ParsesOurBinary_ToTheSameValues()
    {
        // plistutil re-emits reals as XML text, so the sign of zero is not compared here.
        Compare("our ReadXml(plistutil -f xml(our binary))", i => ReadWith(b => PropertyListSerializer.ReadXml(b), oracles.PlistutilXmlOfOurBinary[i]), PlistAssert.AfterXml, normalizeActual: true, plistutilXml: true);
    }

    [Fact]
    public void OurBinary_EqualsPlistlibsBinary_ByteForByte_WhereTheirSharingAgrees()
    {
        // Same object order, sharing and sizes as plistlib's writer, except where Python's equality
        // differs from ours (0.0 == -0.0) or its key order does (code points vs UTF-16).
        var compared = 0;
        for (var i = 0; i < oracles.Trees.Count; i++)
        {
            var tree = oracles.Trees[i];
            if (!SameKeyOrder(tree) || PlistAssert.Descendants(tree).Any(v => v is PlistReal { Value: 0.0 }))
            {
                continue;
            }

            Assert.True(oracles.PlistlibBinary[i].Bytes is not null, $"tree {i}: {oracles.PlistlibBinary[i].Error}");
            Assert.True(oracles.PlistlibBinary[i].Bytes.AsSpan().SequenceEqual(oracles.OurBinary[i]), $"tree {i}: binary differs from plistlib's");
            compared++;
        }

        Report("our binary == plistlib.dumps(tree, FMT_BINARY)", compared);
        Assert.True(compared >= oracles.Trees.Count / 2, $"only {compared} trees were byte-comparable");
    }

    [Fact]
    public void Generator_CoversEveryFeatureTheIssueNames()
    {
        var all = oracles.Trees.SelectMany(PlistAssert.Descendants).ToList();
        var strings = all.OfType<PlistString>().Select(s => s.Value)
            .Concat(all.OfType<PlistDictionary>().SelectMany(d => d.Keys)).ToList();
        Assert.Contains(all, v => v is PlistDictionary { Count: 0 });
        Assert.Contains(all, v => v is PlistArray { Count: 0 });
        Assert.Contains(strings, s => s.Length == 0);
        Assert.All("&<>\"'", c => Assert.Contains(strings, s => s.Contains(c, StringComparison.Ordinal)));
        Assert.Contains(strings, s => s.Any(char.IsSurrogate));
        Assert.Contains(all, v => v is PlistInteger { Value: var n } && n == long.MinValue);
        Assert.Contains(all, v => v is PlistInteger { Value: var n } && n == ulong.MaxValue);
        Assert.Contains(all, v => v is PlistReal { Value: 0.1 });
        Assert.Contains(all, v => v is PlistReal { Value: 1e20 });
        Assert.Contains(all, v => v is PlistReal r && r.Value == 0 && double.IsNegative(r.Value));
        Assert.Contains(all, v => v is PlistDate);
        var dataDepths = oracles.Trees.SelectMany(t => DataDepths(t, 0)).Distinct().ToList();
        Assert.Contains(dataDepths, d => d <= 2);
        Assert.Contains(dataDepths, d => d >= 8);
        output.WriteLine("generated trees hold data at depths " + string.Join(",", dataDepths.Order()));
    }

    private static IEnumerable<int> DataDepths(PlistValue value, int depth) => value switch
    {
        PlistData => [depth],
        PlistArray a => a.SelectMany(x => DataDepths(x, depth + 1)),
        PlistDictionary d => d.Values.SelectMany(x => DataDepths(x, depth + 1)),
        _ => [],
    };

    private static bool CfAndPlistlibAgreeOn(PlistValue tree) =>
        SameKeyOrder(tree)
        && !PlistAssert.Descendants(tree).Any(v => v is PlistReal)
        && !DataDepths(tree, 0).Any(d => d >= 8);

    private static bool SameKeyOrder(PlistValue tree) =>
        PlistAssert.Descendants(tree).OfType<PlistDictionary>().All(d =>
            d.Keys.SequenceEqual(d.Keys.OrderBy(k => k.EnumerateRunes().Select(r => r.Value).ToArray(), CodePointOrder.Instance)));

    private static (PlistValue? Value, string? Error) ReadWith(Func<byte[], PlistValue> read, (byte[]? Bytes, string? Error) produced)
    {
        if (produced.Bytes is null)
        {
            return (null, "the oracle produced nothing: " + produced.Error);
        }

        try
        {
            return (read(produced.Bytes), null);
        }
        catch (PlistFormatException e)
        {
            return (null, "our reader refused it: " + e.Message);
        }
    }

    /// <summary>
    /// libplist 2.2.0 writes years below 1000 without zero padding (<c>77-07-24T…Z</c>), which neither
    /// plistlib nor CF accepts; trees with such dates are left out of comparisons that read its XML.
    /// </summary>
    private static bool PlistutilXmlCanCarry(PlistValue tree) =>
        !PlistAssert.Descendants(tree).Any(v => v is PlistDate { Value.Year: < 1000 });

    private void Compare(string what, Func<int, (PlistValue? Value, string? Error)> actualOf, Func<PlistValue, PlistValue> expectedOf, bool normalizeActual = false, bool plistutilXml = false)
    {
        var compared = 0;
        for (var i = 0; i < oracles.Trees.Count; i++)
        {
            if (plistutilXml && !PlistutilXmlCanCarry(oracles.Trees[i]))
            {
                continue;
            }

            compared++;
            var (actual, error) = actualOf(i);
            Assert.True(actual is not null, $"{what}, tree {i}: {error}");
            var expected = expectedOf(oracles.Trees[i]);
            PlistAssert.Equivalent(expected, normalizeActual ? PlistAssert.AfterXml(actual) : actual, $"{what}, tree {i}");
        }

        Report(what, compared);
        Assert.True(compared >= oracles.Trees.Count * 3 / 4, $"{what}: only {compared} of {oracles.Trees.Count} trees compared");
    }

    private void Report(string what, int count) => output.WriteLine($"ORACLE {what}: {count} trees");

    private sealed class CodePointOrder : IComparer<int[]>
    {
        public static readonly CodePointOrder Instance = new();

        public int Compare(int[]? x, int[]? y) => ((ReadOnlySpan<int>)x).SequenceCompareTo(y);
    }
}
