using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Diffing;

/// <summary>
/// Compares two plist trees by meaning: key order and file formatting never show up, because the
/// value model has neither. Dictionaries are compared key by key; anything else (arrays included,
/// whose order matters to the apps reading them) is reported whole when it differs.
/// </summary>
internal static class ValueDiff
{
    public static IReadOnlyList<KeyChange> Compare(PlistDictionary old, PlistDictionary @new)
    {
        var changes = new List<KeyChange>();
        CompareDictionaries(old, @new, prefix: [], changes);
        return changes;
    }

    private static void CompareDictionaries(PlistDictionary old, PlistDictionary @new, string[] prefix, List<KeyChange> changes)
    {
        foreach (var key in old.Keys.Union(@new.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            string[] path = [.. prefix, key];
            var inOld = old.TryGetValue(key, out var oldValue);
            var inNew = @new.TryGetValue(key, out var newValue);
            if (!inNew)
            {
                changes.Add(new KeyChange(path, ChangeKind.Removed, oldValue, null));
            }
            else if (!inOld)
            {
                changes.Add(new KeyChange(path, ChangeKind.Added, null, newValue));
            }
            else if (oldValue is PlistDictionary oldDict && newValue is PlistDictionary newDict)
            {
                CompareDictionaries(oldDict, newDict, path, changes);
            }
            else if (!oldValue!.Equals(newValue))
            {
                changes.Add(new KeyChange(path, ChangeKind.Changed, oldValue, newValue));
            }
        }
    }
}
