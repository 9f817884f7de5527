namespace ProfileAsCode.Rules.Keys;

/// <summary>
/// The keys of a family of sibling domains (Jamf Connect's login window and menu bar; an Apple payload type),
/// indexed for <see cref="KeysMatchTable"/>. Each domain has a short description for messages.
/// </summary>
internal sealed class KeyTable : IKeyTable
{
    private readonly Dictionary<string, Dictionary<string, KeySpec>> byDomain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> descriptions = new(StringComparer.Ordinal);

    public KeyTable(IReadOnlyList<KeySpec> keys, IReadOnlyDictionary<string, string> domainDescriptions)
    {
        Keys = keys;
        foreach (var description in domainDescriptions)
        {
            descriptions[description.Key] = description.Value;
            byDomain[description.Key] = new Dictionary<string, KeySpec>(StringComparer.Ordinal);
        }

        foreach (var key in keys)
        {
            byDomain[key.Domain].Add(key.Path, key); // a path twice is a table bug: fail when the table is built
        }
    }

    /// <summary>Every key, in the table's order.</summary>
    public IReadOnlyList<KeySpec> Keys { get; }

    public IEnumerable<string> Domains => descriptions.Keys;

    public bool Covers(string domain) => byDomain.ContainsKey(domain);

    /// <summary>"the login window (com.jamf.connect.login)".</summary>
    public string Describe(string domain) => descriptions.TryGetValue(domain, out var text) ? text : domain;

    public KeySpec? Find(string domain, string path) =>
        byDomain.TryGetValue(domain, out var keys) && keys.TryGetValue(path, out var key) ? key : null;

    /// <summary>The key under <paramref name="path"/> in the other domains of the table, if one has it.</summary>
    public KeySpec? FindElsewhere(string domain, string path)
    {
        foreach (var other in byDomain)
        {
            if (other.Key != domain && other.Value.TryGetValue(path, out var key))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>The keys of <paramref name="domain"/>, for suggestions.</summary>
    public IEnumerable<KeySpec> KeysOf(string domain) => byDomain.TryGetValue(domain, out var keys) ? keys.Values : Enumerable.Empty<KeySpec>();

    public IEnumerable<KeySpec> ChildrenOf(string domain, string parent) => KeysOf(domain).Where(k => k.Parent == parent);

    public KeySpec? FindNamed(string domain, string name, string path) =>
        KeysOf(domain).FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase) && k.Path != path);

    public IEnumerable<string> SiblingsOf(string domain) => Domains.Where(d => d != domain);
}
