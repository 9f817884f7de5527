namespace ProfileAsCode.Rules.Keys;

/// <summary>
/// What <see cref="KeysMatchTable"/> asks of the keys of a family of domains: a table written out key by key
/// (<see cref="KeyTable"/>, Jamf Connect's) or one that answers from a schema tree (Apple's payloads,
/// <c>Apple.AppleKeyTable</c>). Paths are the rule engine's: nested dictionaries dotted, array items <c>[n]</c>.
/// </summary>
internal interface IKeyTable
{
    bool Covers(string domain);

    /// <summary>"the login window (com.jamf.connect.login)", for messages.</summary>
    string Describe(string domain);

    /// <summary>The key at <paramref name="path"/> (an array's items at <c>Path[n]</c>); null when the domain has none there.</summary>
    KeySpec? Find(string domain, string path);

    /// <summary>The key under <paramref name="path"/> in a sibling domain of the table, if one has it.</summary>
    KeySpec? FindElsewhere(string domain, string path);

    /// <summary>The keys directly in the dictionary at <paramref name="parent"/> (empty: the payload itself), for "did you mean".</summary>
    IEnumerable<KeySpec> ChildrenOf(string domain, string parent);

    /// <summary>A key of the domain named <paramref name="name"/> (any case) somewhere other than <paramref name="path"/>.</summary>
    KeySpec? FindNamed(string domain, string name, string path);

    /// <summary>The other domains of the family a misplaced key may belong to ("nor of …").</summary>
    IEnumerable<string> SiblingsOf(string domain);
}
