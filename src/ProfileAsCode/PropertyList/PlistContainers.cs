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
public sealed class PlistDictionary : PlistValue, IReadOnlyDictionary<string, PlistValue>
{
    public static readonly PlistDictionary Empty = new(ImmutableSortedDictionary<string, PlistValue>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, PlistValue> entries;

    private PlistDictionary(ImmutableSortedDictionary<string, PlistValue> entries) => this.entries = entries;

    /// <summary>Builds a dictionary; a key given twice is an error, never a silent overwrite.</summary>
    public PlistDictionary(IEnumerable<KeyValuePair<string, PlistValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, PlistValue>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(entries));
            ArgumentNullException.ThrowIfNull(value, nameof(entries));
            if (!builder.TryAdd(key, value))
            {
                throw new ArgumentException($"The key '{key}' appears twice in one dictionary.", nameof(entries));
            }
        }

        this.entries = builder.ToImmutable();
    }

    public override PlistKind Kind => PlistKind.Dictionary;

    /// <summary>
    /// For the readers: builds a dictionary from parsed entries, or reports the index of the first
    /// entry whose key repeats an earlier one (so the error can point at it in the input).
    /// </summary>
    internal static PlistDictionary? TryCreate(List<KeyValuePair<string, PlistValue>> entries, out int duplicateIndex)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, PlistValue>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (!builder.TryAdd(entries[i].Key, entries[i].Value))
            {
                duplicateIndex = i;
                return null;
            }
        }

        duplicateIndex = -1;
        return new PlistDictionary(builder.ToImmutable());
    }

    public int Count => entries.Count;

    public IEnumerable<string> Keys => entries.Keys;

    public IEnumerable<PlistValue> Values => entries.Values;

    public PlistValue this[string key] => entries[key];

    public bool ContainsKey(string key) => entries.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out PlistValue value) => entries.TryGetValue(key, out value);

    /// <summary>Returns a copy with <paramref name="key"/> set (added or replaced).</summary>
    public PlistDictionary SetItem(string key, PlistValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return new PlistDictionary(entries.SetItem(key, value));
    }

    public PlistDictionary Remove(string key) => new(entries.Remove(key));

    public override bool Equals(PlistValue? other)
    {
        if (other is not PlistDictionary d || d.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in entries)
        {
            if (!d.entries.TryGetValue(key, out var theirs) || !value.Equals(theirs))
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

    public IEnumerator<KeyValuePair<string, PlistValue>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
