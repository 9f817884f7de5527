using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

public class PlistValueTests
{
    [Fact]
    public void Dictionary_EnumeratesKeysInOrdinalOrder()
    {
        var dict = new PlistDictionary(new Dictionary<string, PlistValue> { ["b"] = 1, ["B"] = 2, ["a"] = 3, ["_"] = 4 });
        Assert.Equal(["B", "_", "a", "b"], dict.Keys);
    }

    [Fact]
    public void Dictionary_RejectsDuplicateKeys()
    {
        var entries = new[] { KeyValuePair.Create("k", (PlistValue)1), KeyValuePair.Create("k", (PlistValue)2) };
        Assert.Throws<ArgumentException>(() => new PlistDictionary(entries));
    }

    [Fact]
    public void Trees_CompareByContent()
    {
        PlistValue Make() => new PlistDictionary(new Dictionary<string, PlistValue>
        {
            ["list"] = new PlistArray("x", 1L, true, 0.5, new byte[] { 1, 2 }),
            ["when"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        });

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), new PlistDictionary(new Dictionary<string, PlistValue> { ["list"] = PlistArray.Empty }));
    }

    [Fact]
    public void Real_ComparesBitwise()
    {
        Assert.Equal(new PlistReal(double.NaN), new PlistReal(double.NaN));
        Assert.NotEqual(new PlistReal(0.0), new PlistReal(-0.0));
    }

    [Fact]
    public void Integer_CoversSignedAndUnsigned64BitRange()
    {
        Assert.Equal((Int128)ulong.MaxValue, new PlistInteger(ulong.MaxValue).Value);
        Assert.Equal((Int128)long.MinValue, new PlistInteger(long.MinValue).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlistInteger((Int128)ulong.MaxValue + 1));
    }

    [Fact]
    public void Date_RejectsUnspecifiedKind()
    {
        Assert.Throws<ArgumentException>(() => new PlistDate(new DateTime(2026, 1, 1)));
    }
}
