using System.Runtime.CompilerServices;

namespace ProfileAsCode.Rules.Keys;

/// <summary>
/// One check for every domain with a key table: a key the domain does not read (<see cref="KeyRules.UnknownKey"/>;
/// the message says when it belongs to a sibling domain or is a near miss of a known key) and a known key whose
/// value has another property-list type than the documentation gives (<see cref="KeyRules.WrongType"/>). Nested
/// dictionaries are walked along their dotted paths, array items along <c>[n]</c> where the table describes them; a key
/// whose name contains dots is found whole; a dictionary of free-form names ends the walk. Values not known (not
/// constants, dates, data) are never judged by type.
/// </summary>
internal static class KeysMatchTable
{
    [MethodImpl(HotPath.Optimized)]
    public static void Check(PayloadFacts payload, IKeyTable table, KeyRules rules, List<Finding> findings)
    {
        if (!table.Covers(payload.Domain))
        {
            return;
        }

        HashSet<string>? reported = null;
        foreach (var key in payload.Keys)
        {
            Walk(payload, table, rules, key, ref reported, findings);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void Walk(PayloadFacts payload, IKeyTable table, KeyRules rules, KeyFact key, ref HashSet<string>? reported, List<Finding> findings)
    {
        var path = key.KeyPath;
        var start = 0;
        while (true)
        {
            // The shortest known prefix from here: a name ends at '.' or '[', but may itself contain dots.
            var first = NameEnd(path, start);
            var end = first;
            var spec = table.Find(payload.Domain, path.Substring(0, end));
            while (spec is null && end < path.Length && path[end] == '.')
            {
                end = NameEnd(path, end + 1);
                spec = table.Find(payload.Domain, path.Substring(0, end));
            }

            if (spec is null)
            {
                var unknown = path.Substring(0, first);
                if ((reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(unknown))
                {
                    findings.Add(UnknownKey(payload, table, rules, unknown, start == 0 ? string.Empty : path.Substring(0, start - 1), path.Substring(start, first - start), key));
                }

                return;
            }

            // Array items: Path[n] where the table describes them, else the walk ends (their keys are not described).
            while (end < path.Length && path[end] == '[')
            {
                var close = path.IndexOf(']', end);
                if (spec.Type != PlistType.Array || close < 0 || table.Find(payload.Domain, path.Substring(0, close + 1)) is not { } item)
                {
                    return;
                }

                spec = item;
                end = close + 1;
            }

            if (end == path.Length)
            {
                CheckType(spec, key, rules, findings);
                return;
            }

            if (spec.Type != PlistType.Dictionary || spec.FreeFormChildren)
            {
                var prefix = path.Substring(0, end);
                if (spec.Type != PlistType.Dictionary && spec.Type != PlistType.Any && spec.Verified && (reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(prefix))
                {
                    findings.Add(WrongType(spec, key, rules, PlistType.Dictionary, "holds keys such as '" + path.Substring(end + 1) + "'"));
                }

                return;
            }

            start = end + 1;
        }
    }

    /// <summary>Where the name starting at <paramref name="start"/> ends: the next '.' or '[', or the end of the path.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static int NameEnd(string path, int start)
    {
        var end = start;
        while (end < path.Length && path[end] != '.' && path[end] != '[')
        {
            end++;
        }

        return end;
    }

    // Only types a vendor page confirms are enforced: a type from a sample or a third party may be wrong.
    private static void CheckType(KeySpec spec, KeyFact key, KeyRules rules, List<Finding> findings)
    {
        if (!spec.Verified || PlistTypes.Of(key.Value) is not { } actual)
        {
            return;
        }

        if (!PlistTypes.Fits(actual, spec.Type))
        {
            findings.Add(WrongType(spec, key, rules, actual, Shown(key.Value, actual)));
            return;
        }

        if (actual == PlistType.Array && spec.ItemType != PlistType.Any && key.Value.Value is IReadOnlyList<FactValue> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (PlistTypes.Of(items[i]) is { } itemType && !PlistTypes.Fits(itemType, spec.ItemType))
                {
                    findings.Add(new Finding(
                        rules.WrongType,
                        $"{spec.Path} is an array of {Plural(spec.ItemType)}, but item {i + 1} is {PlistTypes.WithArticle(itemType)} ({Shown(items[i], itemType)}). {rules.Reader} reads each item as {PlistTypes.WithArticle(spec.ItemType)}, so {rules.WrongItemConsequence}. Write it as {PlistTypes.WithArticle(spec.ItemType)}.",
                        spec.Path,
                        key.Origin));
                    return;
                }
            }
        }
    }

    private static Finding WrongType(KeySpec spec, KeyFact key, KeyRules rules, PlistType actual, string shown) => new(
        rules.WrongType,
        $"{spec.Path} is {PlistTypes.WithArticle(actual)} ({shown}), but {rules.Reader} reads it as {PlistTypes.WithArticle(spec.Type)}: {rules.WrongTypeConsequence}. Write it as {PlistTypes.WithArticle(spec.Type)}{Example(spec.Type)}.",
        spec.Path,
        key.Origin);

    private static Finding UnknownKey(PayloadFacts payload, IKeyTable table, KeyRules rules, string path, string parent, string name, KeyFact key)
    {
        var here = table.Describe(payload.Domain);
        var consequence = $"{rules.Reader} ignores keys it does not know there, so the setting does nothing";
        if (table.FindElsewhere(payload.Domain, path) is { } elsewhere)
        {
            var counterpart = elsewhere.SameSettingIn is { } same && table.Find(payload.Domain, same) is not null
                ? $" The same setting here is {same}."
                : string.Empty;
            return new Finding(
                rules.UnknownKey,
                $"{path} is not a key of {here}: it belongs to {table.Describe(elsewhere.Domain)}. {consequence}.{counterpart} Move it to a {elsewhere.Domain} payload.",
                path,
                key.Origin,
                properties: new Dictionary<string, string?> { [FindingProperties.AtKeyName] = "true" });
        }

        var siblings = table.ChildrenOf(payload.Domain, parent).ToList();
        var suggestion = ExactLabel(name, siblings) ?? KeySuggestions.Nearest(name, siblings.Select(k => k.Name));
        if (suggestion is not null)
        {
            var suggestedPath = parent.Length == 0 ? suggestion : parent + "." + suggestion;
            return new Finding(
                rules.UnknownKey,
                $"{path} is not a key of {here}; did you mean {suggestedPath}? {consequence}. Keys are case-sensitive.",
                path,
                key.Origin,
                properties: FindingProperties.Rename(path, suggestion));
        }

        var elsewhereInDomain = table.FindNamed(payload.Domain, name, path);
        var where = elsewhereInDomain is null ? string.Empty : $" {here} reads {elsewhereInDomain.Path}; did you mean that?";
        var others = string.Join(" or ", table.SiblingsOf(payload.Domain).Select(table.Describe));
        return new Finding(
            rules.UnknownKey,
            $"{path} is not a key of {here}{(others.Length == 0 ? string.Empty : " (nor of " + others + ")")}. {consequence}.{where} Check the spelling against {rules.Documentation}, or remove it.",
            path,
            key.Origin,
            properties: new Dictionary<string, string?> { [FindingProperties.AtKeyName] = "true" });
    }

    // "ROPG Client ID" is a field of Jamf's configuration app; written as "ROPGClientID" it names the key behind it.
    private static string? ExactLabel(string name, List<KeySpec> siblings)
    {
        foreach (var sibling in siblings)
        {
            if (sibling.Label is { } label && string.Equals(label.Replace(" ", string.Empty), name, StringComparison.OrdinalIgnoreCase))
            {
                return sibling.Name;
            }
        }

        return null;
    }

    private static string Shown(FactValue value, PlistType type) => type switch
    {
        PlistType.String => "'" + value.AsString + "'",
        PlistType.Array => (value.Value as IReadOnlyList<FactValue>)?.Count + " item(s)",
        _ => Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture)?.ToLowerInvariant() ?? string.Empty,
    };

    private static string Plural(PlistType type) => type switch
    {
        PlistType.String => "strings",
        PlistType.Boolean => "booleans",
        PlistType.Integer => "integers",
        PlistType.Real => "real numbers",
        PlistType.Dictionary => "dictionaries",
        PlistType.Array => "arrays",
        _ => "values",
    };

    private static string Example(PlistType type) => type switch
    {
        PlistType.Boolean => " (true or false, no quotes)",
        PlistType.Integer => " (a number without quotes)",
        PlistType.Array => " (a list, even of one item)",
        PlistType.Dictionary => " (its keys nested inside it)",
        _ => string.Empty,
    };
}

/// <summary>The diagnostics <see cref="KeysMatchTable"/> reports for one table, and who reads the keys (for messages).</summary>
internal sealed class KeyRules
{
    public KeyRules(
        RuleDescriptor unknownKey,
        RuleDescriptor wrongType,
        string reader,
        string documentation = "the vendor's documentation",
        string wrongTypeConsequence = "a value of another type is ignored and the setting keeps its default",
        string wrongItemConsequence = "the item is ignored")
    {
        UnknownKey = unknownKey;
        WrongType = wrongType;
        Reader = reader;
        Documentation = documentation;
        WrongTypeConsequence = wrongTypeConsequence;
        WrongItemConsequence = wrongItemConsequence;
    }

    public RuleDescriptor UnknownKey { get; }

    public RuleDescriptor WrongType { get; }

    /// <summary>"Jamf Connect", "macOS".</summary>
    public string Reader { get; }

    /// <summary>Where the keys are documented, for messages: "the vendor's documentation", "Apple's page for the payload".</summary>
    public string Documentation { get; }

    /// <summary>What a value of another type does, for messages (the vendor's reader ignores it; Apple's may convert it).</summary>
    public string WrongTypeConsequence { get; }

    /// <summary>What an array item of another type does, for messages.</summary>
    public string WrongItemConsequence { get; }
}
