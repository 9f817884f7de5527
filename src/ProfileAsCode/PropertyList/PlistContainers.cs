using System.Collections;
using System.Collections.Immutable;

namespace ProfileAsCode.PropertyList;

public sealed class PlistArray : PlistValue, IReadOnlyList<PlistValue>
{
    public static readonly PlistArray Empty = new(ImmutableArray<PlistValue>.Empty);

    public PlistArray(IEnumerable<PlistValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items.ToImmutableArray();
        foreach (var item in Items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
        }
    }

    public PlistArray(params PlistValue[] items)
        : this((IEnumerable<PlistValue>)items)
    {
    }

    public ImmutableArray<PlistValue> Items { get; }

    public override PlistKind Kind => PlistKind.Array;

    public int Count => Items.Length;

    public PlistValue this[int index] => Items[index];

    public override bool Equals(PlistValue? other)
    {
        if (other is not PlistArray a || a.Count != Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!Items[i].Equals(a.Items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<PlistValue> GetEnumerator() => ((IEnumerable<PlistValue>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// A dictionary whose keys are kept in ordinal order, the order CoreFoundation writes them in
/// (CFStringCompare with no options). Enumeration always yields that order.
/// </summary>
/// <remarks>
/// One array of entries sorted by key, looked up by binary search: a read builds one array per dictionary
/// (and sorts it only when the file's keys are not already in order, which those CoreFoundation wrote are),
/// where a balanced tree took a node per entry (docs/benchmarks.md).
/// </remarks>
public sealed class PlistDictionary : PlistValue, IReadOnlyDictionary<string, PlistValue>
{
    public static readonly PlistDictionary Empty = new(Array.Empty<KeyValuePair<string, PlistValue>>());

    private static readonly Comparison<KeyValuePair<string, PlistValue>> ByKey = (a, b) => string.CompareOrdinal(a.Key, b.Key);

    /// <summary>Sorted by key (ordinal), no key twice.</summary>
    private readonly KeyValuePair<string, PlistValue>[] entries;

    private PlistDictionary(KeyValuePair<string, PlistValue>[] sorted) => entries = sorted;

    /// <summary>Builds a dictionary; a key given twice is an error, never a silent overwrite.</summary>
    public PlistDictionary(IEnumerable<KeyValuePair<string, PlistValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var array = entries.ToArray();
        foreach (var (key, value) in array)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(entries));
            ArgumentNullException.ThrowIfNull(value, nameof(entries));
        }

        SortByKey(array);
        if (FirstAdjacentDuplicate(array) is { } duplicate)
        {
            throw new ArgumentException($"The key '{array[duplicate].Key}' appears twice in one dictionary.", nameof(entries));
        }

        this.entries = array;
    }

    public override PlistKind Kind => PlistKind.Dictionary;

    /// <summary>
    /// For the readers: builds a dictionary from parsed entries, or reports the index of the first
    /// entry whose key repeats an earlier one (so the error can point at it in the input).
    /// </summary>
    internal static PlistDictionary? TryCreate(List<KeyValuePair<string, PlistValue>> entries, out int duplicateIndex)
    {
        var array = entries.ToArray();
        SortByKey(array);
        if (FirstAdjacentDuplicate(array) is null)
        {
            duplicateIndex = -1;
            return new PlistDictionary(array);
        }

        // Rare: find the first repeat in the input's order, for the message.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        duplicateIndex = 0;
        while (seen.Add(entries[duplicateIndex].Key))
        {
            duplicateIndex++;
        }

        return null;
    }

    /// <summary>The entries in key order, without an enumerator (for the writers).</summary>
    internal ReadOnlySpan<KeyValuePair<string, PlistValue>> Entries => entries;

    public int Count => entries.Length;

    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    public IEnumerable<PlistValue> Values => entries.Select(e => e.Value);

    public PlistValue this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the dictionary.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out PlistValue value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? entries[index].Value : null;
        return index >= 0;
    }

    /// <summary>Returns a copy with <paramref name="key"/> set (added or replaced).</summary>
    public PlistDictionary SetItem(string key, PlistValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var index = IndexOf(key);
        if (index >= 0)
        {
            var replaced = (KeyValuePair<string, PlistValue>[])entries.Clone();
            replaced[index] = new(key, value);
            return new PlistDictionary(replaced);
        }

        var at = ~index;
        var added = new KeyValuePair<string, PlistValue>[entries.Length + 1];
        entries.AsSpan(0, at).CopyTo(added);
        added[at] = new(key, value);
        entries.AsSpan(at).CopyTo(added.AsSpan(at + 1));
        return new PlistDictionary(added);
    }

    public PlistDictionary Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var index = IndexOf(key);
        if (index < 0)
        {
            return this;
        }

        var removed = new KeyValuePair<string, PlistValue>[entries.Length - 1];
        entries.AsSpan(0, index).CopyTo(removed);
        entries.AsSpan(index + 1).CopyTo(removed.AsSpan(index));
        return new PlistDictionary(removed);
    }

    public override bool Equals(PlistValue? other)
    {
        if (other is not PlistDictionary d || d.Count != Count)
        {
            return false;
        }

        // Both sorted the same way: equal dictionaries hold equal entries at the same positions.
        for (var i = 0; i < entries.Length; i++)
        {
            if (!string.Equals(entries[i].Key, d.entries[i].Key, StringComparison.Ordinal) || !entries[i].Value.Equals(d.entries[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        foreach (var (key, value) in entries)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<KeyValuePair<string, PlistValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, PlistValue>>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The key's index, or the bitwise complement of where it would go.</summary>
    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int low = 0, high = entries.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(entries[middle].Key, key);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    /// <summary>Sorts by key unless already sorted (files CoreFoundation wrote are).</summary>
    private static void SortByKey(KeyValuePair<string, PlistValue>[] array)
    {
        for (var i = 1; i < array.Length; i++)
        {
            if (string.CompareOrdinal(array[i - 1].Key, array[i].Key) > 0)
            {
                Array.Sort(array, ByKey);
                return;
            }
        }
    }

    private static int? FirstAdjacentDuplicate(KeyValuePair<string, PlistValue>[] sorted)
    {
        for (var i = 1; i < sorted.Length; i++)
        {
            if (string.Equals(sorted[i - 1].Key, sorted[i].Key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }
}
