namespace ProfileAsCode.PropertyList.Xml;

/// <summary>
/// Where each dictionary key of an XML property list stands in the file (1-based line and column, the
/// column in characters), so a finding about a key can point into the file (e.g. a SARIF region).
/// Filled by <see cref="XmlPlistReader.Read"/> when passed in; keys are found by the dictionary read
/// (by reference) and the key, so any path format the caller uses works.
/// </summary>
internal sealed class XmlKeyLocations
{
    private readonly Dictionary<(PlistDictionary Dictionary, string Key), int> offsets = new(KeyComparer.Instance);
    private readonly Dictionary<(PlistDictionary Dictionary, string Key), (int Line, int Column)> positions = new(KeyComparer.Instance);

    public int Count => positions.Count;

    /// <summary>The position of <paramref name="key"/>'s <c>&lt;key&gt;</c> element in <paramref name="dictionary"/>, if it was read from the file.</summary>
    public bool TryFind(PlistDictionary dictionary, string key, out int line, out int column)
    {
        var found = positions.TryGetValue((dictionary, key), out var position);
        (line, column) = position;
        return found;
    }

    internal void Add(PlistDictionary dictionary, List<KeyValuePair<string, PlistValue>> entries, List<int> keyOffsets, int first)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            offsets[(dictionary, entries[i].Key)] = keyOffsets[first + i];
        }
    }

    /// <summary>Turns the recorded byte offsets into lines and columns, in one pass over the input.</summary>
    internal void Complete(ReadOnlySpan<byte> input)
    {
        var byOffset = offsets.OrderBy(o => o.Value).ToList();
        int line = 1, lineStart = 0, scanned = 0;
        foreach (var (key, offset) in byOffset)
        {
            for (; scanned < offset; scanned++)
            {
                if (XmlScanner.EndsLine(input, scanned))
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }

            positions[key] = (line, XmlScanner.ColumnOf(input, lineStart, offset));
        }

        offsets.Clear();
    }

    private sealed class KeyComparer : IEqualityComparer<(PlistDictionary Dictionary, string Key)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((PlistDictionary Dictionary, string Key) x, (PlistDictionary Dictionary, string Key) y) =>
            ReferenceEquals(x.Dictionary, y.Dictionary) && string.Equals(x.Key, y.Key, StringComparison.Ordinal);

        public int GetHashCode((PlistDictionary Dictionary, string Key) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Dictionary), StringComparer.Ordinal.GetHashCode(obj.Key));
    }
}
