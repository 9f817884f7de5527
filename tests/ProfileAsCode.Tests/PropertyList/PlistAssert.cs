using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

internal static class PlistAssert
{
    /// <summary>What an XML round trip must give back: CF writes −0.0 as <c>0.0</c>, so the sign of zero is lost.</summary>
    public static PlistValue AfterXml(PlistValue value) => value switch
    {
        PlistReal { Value: 0.0 } => new PlistReal(0.0),
        PlistArray a => new PlistArray(a.Select(AfterXml)),
        PlistDictionary d => new PlistDictionary(d.Select(e => KeyValuePair.Create(e.Key, AfterXml(e.Value)))),
        _ => value,
    };

    /// <summary>Asserts value equality and names the first differing path, which a bare Assert.Equal on trees cannot.</summary>
    public static void Equivalent(PlistValue expected, PlistValue actual, string context)
    {
        var difference = FirstDifference(expected, actual, "(root)");
        Assert.True(difference is null, $"{context}: {difference}");
    }

    public static string? FirstDifference(PlistValue expected, PlistValue actual, string path)
    {
        switch (expected, actual)
        {
            case (PlistDictionary e, PlistDictionary a):
                if (!e.Keys.SequenceEqual(a.Keys))
                {
                    return $"{path}: keys [{string.Join(", ", e.Keys)}] vs [{string.Join(", ", a.Keys)}]";
                }

                return e.Select(kv => FirstDifference(kv.Value, a[kv.Key], $"{path}.{kv.Key}")).FirstOrDefault(d => d is not null);
            case (PlistArray e, PlistArray a):
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items vs {a.Count}";
                }

                return e.Select((item, i) => FirstDifference(item, a[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            default:
                return expected.Equals(actual) ? null : $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
        }
    }

    public static IEnumerable<PlistValue> Descendants(PlistValue value)
    {
        yield return value;
        IEnumerable<PlistValue> children = value switch
        {
            PlistArray a => a,
            PlistDictionary d => d.Values,
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }

    private static string Describe(PlistValue value) => value switch
    {
        PlistReal r => $"real {r.Value:R}",
        _ => $"{value.Kind} '{value}'",
    };
}
