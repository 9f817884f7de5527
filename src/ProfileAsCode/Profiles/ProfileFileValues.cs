using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Profiles;

/// <summary>
/// A plist tree as the profile-file rules take it (<see cref="FileValue"/>): the rules are compiled into the
/// analyzer too, which has no plist model, so the CLI and the build host hand them this instead.
/// </summary>
internal static class ProfileFileValues
{
    /// <param name="root">The file's top-level dictionary.</param>
    /// <param name="name">How messages name the file: its path, or the profile record the build wrote.</param>
    /// <param name="origin">The caller's handle, carried back on findings.</param>
    /// <param name="describe">How a value is shown in a message (computed only when one is reported).</param>
    public static ProfileFile From(PlistDictionary root, string name, object? origin, Func<PlistValue, string> describe) =>
        new(name, Convert(root, describe), origin);

    public static FileValueKind KindOf(PlistKind kind) => kind switch
    {
        PlistKind.Dictionary => FileValueKind.Dictionary,
        PlistKind.Array => FileValueKind.Array,
        PlistKind.String => FileValueKind.String,
        PlistKind.Integer => FileValueKind.Integer,
        PlistKind.Real => FileValueKind.Real,
        PlistKind.Boolean => FileValueKind.Boolean,
        PlistKind.Date => FileValueKind.Date,
        PlistKind.Data => FileValueKind.Data,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown plist kind."),
    };

    private static FileValue Convert(PlistValue value, Func<PlistValue, string> describe)
    {
        string Describe() => describe(value);
        return value switch
        {
            PlistDictionary dictionary => FileValue.ForDictionary(
                dictionary.Select(entry => KeyValuePair.Create(entry.Key, Convert(entry.Value, describe))).ToArray(), Describe),
            PlistArray array => FileValue.ForArray(array.Select(item => Convert(item, describe)).ToArray(), Describe),
            PlistString text => FileValue.ForScalar(FileValueKind.String, text.Value, Describe),
            PlistInteger or PlistBoolean => FileValue.ForScalar(KindOf(value.Kind), value.ToString(), Describe),
            _ => FileValue.ForScalar(KindOf(value.Kind), null, Describe),
        };
    }
}
