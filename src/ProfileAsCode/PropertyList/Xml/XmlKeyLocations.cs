namespace ProfileAsCode.PropertyList.Xml;

/// <summary>
/// Where each dictionary key of an XML property list stands in the file (1-based line and column, the
/// column in characters), so a finding about a key can point into the file (e.g. a SARIF region).
/// Filled by <see cref="XmlPlistReader.Read"/> when passed in; a key is found by the dictionary read
/// (by reference) and its name, so any key-path format the caller uses works.
/// </summary>
/// <remarks>
/// Recording costs a list entry per key and one entry per dictionary (its keys' byte offsets); lines
/// and columns are worked out once, at the end of the read, in one pass over the input.
/// </remarks>
internal sealed class XmlKeyLocations
{
    private readonly Dictionary<PlistDictionary, (List<KeyValuePair<string, PlistValue>> Entries, int[] Offsets)> byDictionary =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>Every key's offset as the reader met them: in document order, so already sorted.</summary>
    private readonly List<int> sortedOffsets = [];
    private (int Line, int Column)[] positions = [];

    /// <summary>How many keys were located.</summary>
    public int Count => positions.Length;

    /// <summary>The position of <paramref name="key"/>'s <c>&lt;key&gt;</c> element in <paramref name="dictionary"/>, if it was read from the file.</summary>
    public bool TryFind(PlistDictionary dictionary, string key, out int line, out int column)
    {
        (line, column) = (0, 0);
        if (!byDictionary.TryGetValue(dictionary, out var recorded))
        {
            return false;
        }

        var index = recorded.Entries.FindIndex(e => string.Equals(e.Key, key, StringComparison.Ordinal));
        if (index < 0)
        {
            return false;
        }

        (line, column) = positions[sortedOffsets.BinarySearch(recorded.Offsets[index])];
        return true;
    }

    internal void NoteKey(int offset) => sortedOffsets.Add(offset);

    internal void Add(PlistDictionary dictionary, List<KeyValuePair<string, PlistValue>> entries, List<int> keyOffsets, int first) =>
        byDictionary[dictionary] = (entries, keyOffsets.GetRange(first, entries.Count).ToArray());

    /// <summary>Turns the recorded byte offsets into lines and columns, in one pass over the input.</summary>
    internal void Complete(ReadOnlySpan<byte> input)
    {
        positions = new (int, int)[sortedOffsets.Count];
        int line = 1, lineStart = 0, scanned = 0;

        // Columns count on from the previous key when it is on the same line, so a document on one line stays linear.
        int countedFrom = 0, countedColumn = 1;
        for (var i = 0; i < sortedOffsets.Count; i++)
        {
            var offset = sortedOffsets[i];
            while (true)
            {
                var next = input[scanned..offset].IndexOfAny((byte)'\n', (byte)'\r');
                if (next < 0)
                {
                    scanned = offset;
                    break;
                }

                scanned += next;
                if (XmlScanner.EndsLine(input, scanned))
                {
                    line++;
                    lineStart = scanned + 1;
                }

                scanned++;
            }

            if (countedFrom < lineStart)
            {
                (countedFrom, countedColumn) = (lineStart, 1);
            }

            countedColumn += XmlScanner.ColumnOf(input, countedFrom, offset) - 1;
            countedFrom = offset;
            positions[i] = (line, countedColumn);
        }
    }
}
