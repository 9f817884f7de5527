using System.Text;
using ProfileAsCode.PropertyList;
using ProfileAsCode.PropertyList.Xml;

namespace ProfileAsCode.Tests.PropertyList;

public class XmlKeyLocationsTests
{
    [Fact]
    public void EveryKey_HasTheLineAndColumnOfItsKeyElement()
    {
        // CRLF, a lone CR, tabs, non-ASCII text before a key on the same line, nested dictionaries.
        var text = "<?xml version=\"1.0\"?>\r\n<plist>\r<dict>\n\t<key>first</key><string>é</string>\n"
            + "\t<key>nested</key>\n\t<dict>\n\t\t<key>inner</key><true/>\n\t</dict><key>après</key><string>ü</string> <key>third</key><false/>\n</dict></plist>";
        var locations = new XmlKeyLocations();

        var root = (PlistDictionary)XmlPlistReader.Read(Encoding.UTF8.GetBytes(text), locations);

        var nested = (PlistDictionary)root["nested"];
        Assert.Equal(5, locations.Count);
        foreach (var (dictionary, key) in new[] { (root, "first"), (root, "nested"), (nested, "inner"), (root, "après"), (root, "third") })
        {
            Assert.True(locations.TryFind(dictionary, key, out var line, out var column), key);
            Assert.Equal(Expected(text, key), (line, column));
        }

        Assert.False(locations.TryFind(nested, "first", out _, out _));
    }

    [Fact]
    public void AfterAByteOrderMark_ColumnsStartAtTheFirstCharacter()
    {
        var locations = new XmlKeyLocations();
        var root = (PlistDictionary)XmlPlistReader.Read([0xEF, 0xBB, 0xBF, .. "<plist><dict><key>k</key><true/></dict></plist>"u8], locations);

        Assert.True(locations.TryFind(root, "k", out var line, out var column));
        Assert.Equal((1, 14), (line, column));
    }

    [Fact]
    public void ADocumentOnOneLine_IsLocatedInLinearTime()
    {
        var entries = string.Concat(Enumerable.Range(0, 200_000).Select(i => $"<key>k{i}</key><true/>"));
        var text = $"<plist><dict>{entries}</dict></plist>";
        var locations = new XmlKeyLocations();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var root = (PlistDictionary)XmlPlistReader.Read(Encoding.UTF8.GetBytes(text), locations);

        // Linear takes well under a second; locating each key by scanning its 4 MB line from the start would take
        // hours. The bound is generous so that a loaded machine does not fail it.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed}");
        Assert.True(locations.TryFind(root, "k199999", out var line, out var column));
        Assert.Equal((1, Expected(text, "k199999").Column), (line, column));
    }

    /// <summary>An independent count: split the text into lines as XML does (CRLF, CR, LF) and find "&lt;key&gt;KEY&lt;".</summary>
    private static (int Line, int Column) Expected(string text, string key)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf($"<key>{key}<", StringComparison.Ordinal);
            if (at >= 0)
            {
                return (i + 1, at + 1);
            }
        }

        throw new InvalidOperationException(key);
    }
}
