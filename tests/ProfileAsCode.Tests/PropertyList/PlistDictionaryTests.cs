using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

/// <summary>
/// The dictionary (one array sorted by key) against a model: .NET's SortedDictionary with the ordinal comparer, on
/// random keys that include prefixes of each other, non-ASCII and surrogate pairs (ordinal order is UTF-16 code units).
/// </summary>
public class PlistDictionaryTests
{
    private static readonly string[] Alphabet = ["a", "b", "B", "_", "é", "😀", "z", "aa", "ab", "a\u0000"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BuiltInAnyOrder_EnumeratesInOrdinalKeyOrder_AndFindsEveryKey(int seed)
    {
        var random = new Random(seed);
        var model = new SortedDictionary<string, PlistValue>(StringComparer.Ordinal);
        while (model.Count < 60)
        {
            model.TryAdd(RandomKey(random), new PlistInteger(random.Next()));
        }

        var shuffled = model.OrderBy(_ => random.Next()).ToList();
        var dictionary = new PlistDictionary(shuffled);

        Assert.Equal(model.Keys, dictionary.Keys);
        Assert.Equal(model.Values, dictionary.Values);
        Assert.Equal(model.ToList(), dictionary.ToList());
        foreach (var (key, value) in model)
        {
            Assert.True(dictionary.TryGetValue(key, out var found));
            Assert.Same(value, found);
            Assert.Same(value, dictionary[key]);
        }

        Assert.False(dictionary.ContainsKey("not there"));
        Assert.Throws<KeyNotFoundException>(() => dictionary["not there"]);
    }

    [Fact]
    public void SetItemAndRemove_FollowTheModel_AndLeaveTheOriginalAlone()
    {
        var random = new Random(7);
        var model = new SortedDictionary<string, PlistValue>(StringComparer.Ordinal);
        var dictionary = PlistDictionary.Empty;
        for (var step = 0; step < 400; step++)
        {
            var key = RandomKey(random);
            var before = dictionary;
            var beforeKeys = before.Keys.ToList();
            if (random.Next(3) == 0)
            {
                model.Remove(key);
                dictionary = dictionary.Remove(key);
            }
            else
            {
                var value = new PlistString("v" + step);
                model[key] = value;
                dictionary = dictionary.SetItem(key, value);
            }

            Assert.Equal(model.ToList(), dictionary.ToList());
            Assert.Equal(beforeKeys, before.Keys); // immutable
        }
    }

    [Fact]
    public void EqualityAndHash_DoNotDependOnTheOrderEntriesWereGiven()
    {
        var entries = new[] { Entry("b", 2), Entry("a", 1), Entry("é", 3) };
        var one = new PlistDictionary(entries);
        var other = new PlistDictionary(entries.Reverse());

        Assert.True(one.Equals(other));
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.False(one.Equals(one.SetItem("a", new PlistInteger(9))));
        Assert.False(one.Equals(one.Remove("é")));
    }

    [Fact]
    public void AKeyGivenTwice_IsAnError_NamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new PlistDictionary([Entry("x", 1), Entry("y", 2), Entry("x", 3)]));
        Assert.Contains("'x' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadersReportTheFirstRepeatInTheInputsOrder()
    {
        // "b" repeats before "a" does in the input; sorted, "a" would come first.
        var xml = "<plist><dict><key>b</key><true/><key>a</key><true/><key>b</key><false/><key>a</key><false/></dict></plist>"u8.ToArray();

        var error = Assert.Throws<PlistFormatException>(() => PropertyListSerializer.ReadXml(xml));

        Assert.Contains("the key 'b' appears twice", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("(1,52):", error.Message, StringComparison.Ordinal); // the second <key>b</key>
    }

    private static KeyValuePair<string, PlistValue> Entry(string key, long value) => new(key, new PlistInteger(value));

    private static string RandomKey(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Alphabet[random.Next(Alphabet.Length)]));
}
