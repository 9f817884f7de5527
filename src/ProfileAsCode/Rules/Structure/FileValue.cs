namespace ProfileAsCode.Rules.Structure;

/// <summary>The eight kinds of property-list value (Apple's DTD), as the profile-file rules name them.</summary>
internal enum FileValueKind
{
    Dictionary,
    Array,
    String,
    Integer,
    Real,
    Boolean,
    Date,
    Data,
}

/// <summary>
/// One value of a profile file as the profile-file rules (PAC3006–PAC3008) see it: its kind, a scalar's text
/// and a container's children. The rules are compiled into the analyzer too, which has no property-list model
/// and never reports them; the library converts its plist values into this (<c>Profiles/ProfileFileValues.cs</c>).
/// </summary>
internal sealed class FileValue
{
        private readonly Func<string> describe;

    private FileValue(FileValueKind kind, string? text, IReadOnlyList<KeyValuePair<string, FileValue>> entries, IReadOnlyList<FileValue> items, Func<string> describe)
    {
        Kind = kind;
        Text = text;
        Entries = entries;
        Items = items;
        this.describe = describe;
    }

    public FileValueKind Kind { get; }

    /// <summary>A string's value, an integer's decimal digits, a boolean's <c>true</c>/<c>false</c>; null for other kinds.</summary>
    public string? Text { get; }

    /// <summary>A dictionary's entries in the file's key order; empty for other kinds.</summary>
    public IReadOnlyList<KeyValuePair<string, FileValue>> Entries { get; }

    /// <summary>An array's items; empty for other kinds.</summary>
    public IReadOnlyList<FileValue> Items { get; }

    /// <param name="kind">Any kind but dictionary and array.</param>
    /// <param name="text">See <see cref="Text"/>.</param>
    /// <param name="describe">One line for messages, as the caller shows values (computed only when a rule reports it).</param>
    public static FileValue ForScalar(FileValueKind kind, string? text, Func<string> describe) => new(kind, text, Array.Empty<KeyValuePair<string, FileValue>>(), Array.Empty<FileValue>(), describe);

    public static FileValue ForDictionary(IReadOnlyList<KeyValuePair<string, FileValue>> entries, Func<string> describe) =>
        new(FileValueKind.Dictionary, null, entries, Array.Empty<FileValue>(), describe);

    public static FileValue ForArray(IReadOnlyList<FileValue> items, Func<string> describe) => new(FileValueKind.Array, null, Array.Empty<KeyValuePair<string, FileValue>>(), items, describe);

    /// <summary>The value of <paramref name="key"/> in a dictionary, or null.</summary>
    public FileValue? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The string value of <paramref name="key"/> in a dictionary, or null when absent or not a string.</summary>
    public string? StringAt(string key) => Get(key) is { Kind: FileValueKind.String } value ? value.Text : null;

    public string Describe() => describe();

    /// <summary>The kind with its article, as messages say it: "an integer", "a dictionary", "data".</summary>
    public static string KindName(FileValueKind kind) => kind switch
    {
        FileValueKind.Dictionary => "a dictionary",
        FileValueKind.Array => "an array",
        FileValueKind.Integer => "an integer",
        FileValueKind.Real => "a real",
        FileValueKind.Boolean => "a boolean",
        FileValueKind.Date => "a date",
        FileValueKind.Data => "data",
        _ => "a string",
    };
}

/// <summary>A profile file as the profile-file rules check it.</summary>
/// <param name="name">How messages name the file: its path, or the profile record the build host wrote.</param>
/// <param name="root">The file's top-level value.</param>
/// <param name="origin">The caller's own handle; findings carry it back.</param>
internal sealed class ProfileFile(string name, FileValue root, object? origin = null)
{
    public string Name { get; } = name;

    public FileValue Root { get; } = root;

    public object? Origin { get; } = origin;
}
