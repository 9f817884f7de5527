using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>Terse construction of plist trees for test inputs.</summary>
internal static class Plist
{
    public static PlistDictionary Dict(params (string Key, PlistValue Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    public static PlistArray Array(params PlistValue[] items) => new(items);

    public static PlistArray Strings(params string[] items) => new(items.Select(i => (PlistValue)i));
}
