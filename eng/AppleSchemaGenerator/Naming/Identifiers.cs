using System.Text;

namespace AppleSchemaGenerator.Naming;

/// <summary>How Apple's titles, keys and values become C# identifiers.</summary>
internal static class Identifiers
{
    private const string ApplePrefix = "com.apple.";

    /// <summary>
    /// A payload title as a type name: words joined, punctuation dropped, a word in capitals of three letters or
    /// more written as a word (<c>VPN</c> → <c>Vpn</c>, <c>PKCS #12</c> → <c>Pkcs12</c>), as .NET names acronyms.
    /// </summary>
    public static string FromTitle(string title)
    {
        var name = new StringBuilder();
        foreach (var word in Words(title))
        {
            var isAcronym = word.Length > 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && word.Any(char.IsLetter);
            name.Append(char.ToUpperInvariant(word[0]));
            name.Append(isAcronym ? word[1..].ToLowerInvariant() : word[1..]);
        }

        return Valid(name.ToString());
    }

    /// <summary>
    /// A plist key (or Apple's name for a structure) as a member name: first letter up, punctuation and spaces
    /// dropped with the next letter up, Apple's own capitals kept (<c>AEReceiverIdentifier</c>,
    /// <c>tile-data</c> → <c>TileData</c>). A leading <c>com.apple.</c> is dropped
    /// (<c>com.apple.EnergySaver.desktop.ACPower</c> → <c>EnergySaverDesktopACPower</c>).
    /// </summary>
    public static string FromKey(string key)
    {
        if (key.StartsWith(ApplePrefix, StringComparison.Ordinal) && key.Length > ApplePrefix.Length)
        {
            key = key[ApplePrefix.Length..];
        }

        var name = new StringBuilder();
        foreach (var word in Words(key))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return Valid(name.ToString());
    }

    /// <summary>
    /// An allowed string value as an enum member (<c>bundleID</c> → <c>BundleID</c>, empty → <c>Empty</c>). A value
    /// that starts with a digit keeps its separators as <c>_</c>, so that <c>1.0</c> and <c>10</c> stay apart
    /// (<c>1.2</c> → <c>Value1_2</c>).
    /// </summary>
    public static string FromValue(string value)
    {
        if (value.Length == 0)
        {
            return "Empty";
        }

        if (!char.IsAsciiDigit(value[0]))
        {
            return FromKey(value);
        }

        var name = new StringBuilder("Value");
        foreach (var c in value)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return name.ToString();
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>An identifier cannot start with a digit (<c>3DES</c> → <c>Value3DES</c>) or be empty.</summary>
    private static string Valid(string name) =>
        name.Length == 0 ? "Value" : char.IsAsciiDigit(name[0]) ? "Value" + name : name;
}
