using Microsoft.CodeAnalysis;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>
/// Where an [AdditionalKeys] entry is written: its key literal (findings about the key's name, such as a
/// misspelling, are shown there) and its value (findings about the value, and value fixes). An entry of a nested
/// dictionary knows the entry holding it, so a finding about a dictionary's own key finds that key.
/// </summary>
internal sealed class AdditionalKeyOrigin
{
    public AdditionalKeyOrigin(string keyPath, Location key, Location value, AdditionalKeyOrigin? parent)
    {
        KeyPath = keyPath;
        Key = key;
        Value = value;
        Parent = parent;
    }

    public string KeyPath { get; }

    public Location Key { get; }

    public Location Value { get; }

    public AdditionalKeyOrigin? Parent { get; }

    /// <summary>This entry, or the dictionary entry above it written under <paramref name="keyPath"/>.</summary>
    public AdditionalKeyOrigin For(string? keyPath)
    {
        for (var entry = this; entry is not null; entry = entry.Parent)
        {
            if (entry.KeyPath == keyPath)
            {
                return entry;
            }
        }

        return this;
    }
}
