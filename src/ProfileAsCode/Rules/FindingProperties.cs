namespace ProfileAsCode.Rules;

/// <summary>
/// Keys of <see cref="Finding.Properties"/>, for code fixes. A finding whose fix is certain says which
/// key to change (<see cref="Key"/>), how (<see cref="Fix"/>) and to what (<see cref="Value"/>).
/// </summary>
internal static class FindingProperties
{
    /// <summary>One of <see cref="ReplaceValue"/>, <see cref="SetKey"/>, <see cref="SwapValues"/>.</summary>
    public const string Fix = "Fix";

    /// <summary>The key path the fix changes.</summary>
    public const string Key = "Key";

    /// <summary>The value to write: a string as is, booleans as <c>true</c>/<c>false</c>.</summary>
    public const string Value = "Value";

    /// <summary>The second key of <see cref="SwapValues"/>, or the key a finding was compared with.</summary>
    public const string OtherKey = "OtherKey";

    /// <summary>Write <see cref="Value"/> in place of the value of <see cref="Key"/>.</summary>
    public const string ReplaceValue = "ReplaceValue";

    /// <summary>Set (add or overwrite) <see cref="Key"/> to <see cref="Value"/>.</summary>
    public const string SetKey = "SetKey";

    /// <summary>Exchange the values of <see cref="Key"/> and <see cref="OtherKey"/>.</summary>
    public const string SwapValues = "SwapValues";

    /// <summary>Rename the last segment of <see cref="Key"/> to <see cref="Value"/> (a misspelled raw key).</summary>
    public const string RenameKey = "RenameKey";

    /// <summary>"true" when the finding concerns the key's name rather than its value: shown at the key where the caller knows it.</summary>
    public const string AtKeyName = "AtKeyName";

    internal static IReadOnlyDictionary<string, string?> Replace(string key, string value) =>
        new Dictionary<string, string?> { [Fix] = ReplaceValue, [Key] = key, [Value] = value };

    internal static IReadOnlyDictionary<string, string?> Set(string key, string? value = null, string? otherKey = null)
    {
        var properties = new Dictionary<string, string?> { [Fix] = SetKey, [Key] = key };
        if (value is not null)
        {
            properties[Value] = value;
        }

        if (otherKey is not null)
        {
            properties[OtherKey] = otherKey;
        }

        return properties;
    }

    internal static IReadOnlyDictionary<string, string?> Rename(string key, string newName) =>
        new Dictionary<string, string?> { [Fix] = RenameKey, [Key] = key, [Value] = newName, [AtKeyName] = "true" };

    internal static IReadOnlyDictionary<string, string?> Swap(string key, string otherKey) =>
        new Dictionary<string, string?> { [Fix] = SwapValues, [Key] = key, [OtherKey] = otherKey };
}
