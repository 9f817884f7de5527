using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

/// <summary>
/// A deterministic (seeded) supply of plist trees for the oracle and round-trip tests: every type,
/// nesting up to 11 levels (so data sits at depths on both sides of CF's 8-tab cap), empty
/// containers and strings, <c>&amp; &lt; &gt; " '</c>, non-BMP characters, 64-bit extremes, awkward reals and
/// whole-second dates.
/// </summary>
internal static class PlistTreeGenerator
{
    private static readonly string[] Pieces =
    [
        "", "a", "Payload", "& < > \" '", "]]>", "&amp;", "é", "Ünïcødé", "日本語", "😀", "𝄞 clef", "\t", "\n", "  two  spaces  ",
        "\u007F", "\u0085", "\uE000", "\uFFFD", "\U0010FFFF", "com.jamf.connect.login", "https://login.microsoftonline.com/x/v2.0",
        "\uFF21", "Z", "_", "0", "-",
    ];

    private static readonly Int128[] Integers =
    [
        0, 1, -1, 14, 15, 16, 255, 256, -255, 65535, 65536, 4294967295, 4294967296, long.MaxValue, long.MinValue,
        (Int128)long.MaxValue + 1, ulong.MaxValue, -4294967296,
    ];

    private static readonly double[] Reals =
    [
        0.0, -0.0, 0.1, 1e20, 1.0, -1.5, 1e16, 1e17, 1e-7, 5e-324, double.MaxValue, double.MinValue, double.Epsilon * 3, 123.456,
        double.PositiveInfinity, double.NegativeInfinity, 2.2250738585072014e-308, 0.30000000000000004,
    ];

    public static IReadOnlyList<PlistValue> Trees(int count, int seed = 20260101)
    {
        var random = new Random(seed);
        var trees = new List<PlistValue>(count);
        for (var i = 0; i < count; i++)
        {
            // Every tree is a dict at the root, as profiles are; some are deep, chain-like trees.
            var deep = i % 7 == 0;
            trees.Add(Dictionary(random, deep ? 11 : 1 + (i % 5), deep));
        }

        return trees;
    }

    public static string String(Random random)
    {
        var parts = random.Next(0, 4);
        var text = "";
        for (var i = 0; i < parts; i++)
        {
            text += Pieces[random.Next(Pieces.Length)];
        }

        return text;
    }

    private static PlistDictionary Dictionary(Random random, int depth, bool chain)
    {
        var entries = new Dictionary<string, PlistValue>(StringComparer.Ordinal);
        var count = random.Next(0, 6) + (chain ? 1 : 0);
        for (var i = 0; i < count; i++)
        {
            entries.TryAdd(String(random), Value(random, depth - 1, chain && i == 0));
        }

        return new PlistDictionary(entries);
    }

    private static PlistArray Array(Random random, int depth, bool chain)
    {
        var count = random.Next(0, 5) + (chain ? 1 : 0);
        var items = new List<PlistValue>();
        for (var i = 0; i < count; i++)
        {
            items.Add(Value(random, depth - 1, chain && i == 0));
        }

        return new PlistArray(items);
    }

    private static PlistValue Value(Random random, int depth, bool chain)
    {
        if (chain && depth > 0)
        {
            return random.Next(2) == 0 ? Array(random, depth, chain) : Dictionary(random, depth, chain);
        }

        var kind = random.Next(depth > 0 ? 10 : 8);
        return kind switch
        {
            0 => new PlistString(String(random)),
            1 => new PlistInteger(Integers[random.Next(Integers.Length)]),
            2 => new PlistInteger(random.NextInt64(long.MinValue, long.MaxValue)),
            3 => new PlistReal(random.Next(3) == 0 ? BitConverter.Int64BitsToDouble(random.NextInt64()) is var r && double.IsFinite(r) ? r : 2.5 : Reals[random.Next(Reals.Length)]),
            4 => PlistBoolean.From(random.Next(2) == 0),
            5 => Date(random),
            6 => Data(random),
            7 => new PlistString(String(random)),
            8 => Array(random, depth, chain),
            _ => Dictionary(random, depth, chain),
        };
    }

    /// <summary>Mostly 1900–2200, sometimes the ends of the range (years 1 and 9999) and 2001-01-01 (binary time zero).</summary>
    private static PlistDate Date(Random random)
    {
        DateTime[] special =
        [
            new(1, 1, 1, 0, 0, 0, DateTimeKind.Utc), new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc), new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            new(2038, 1, 19, 3, 14, 8, DateTimeKind.Utc), new(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc),
        ];
        var start = new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return new PlistDate(random.Next(5) == 0
            ? special[random.Next(special.Length)]
            : start.AddSeconds(random.NextInt64(0, (long)(new DateTime(2200, 1, 1, 0, 0, 0, DateTimeKind.Utc) - start).TotalSeconds)));
    }

    private static PlistData Data(Random random)
    {
        int[] lengths = [0, 1, 2, 3, 9, 12, 51, 52, 57, 58, 100, 300];
        var bytes = new byte[lengths[random.Next(lengths.Length)]];
        random.NextBytes(bytes);
        return new PlistData(bytes);
    }
}
