using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Values;

/// <summary>PAC3003: every key and known string (list items too) must be writable as XML 1.0 (plist-and-profiles reference §2.2).</summary>
internal static class XmlCharactersLegal
{
    public static void Check(KeyFact key, List<Finding> findings)
    {
        var inKey = XmlCharacters.FirstIllegal(key.KeyPath);
        if (inKey >= 0)
        {
            findings.Add(new Finding(RuleCatalog.IllegalXmlCharacter, Message("The key '" + Printable(key.KeyPath) + "'", key.KeyPath, inKey), key.KeyPath, key.Origin));
        }

        var found = FirstIllegalString(key.Value);
        if (found is not null)
        {
            findings.Add(new Finding(RuleCatalog.IllegalXmlCharacter, Message(key.KeyPath, found, XmlCharacters.FirstIllegal(found)), key.KeyPath, key.Origin));
        }
    }

    /// <summary>For identifiers and other strings outside key facts.</summary>
    public static Finding? Check(string what, string value, string? keyPath, object? origin)
    {
        var index = XmlCharacters.FirstIllegal(value);
        return index < 0 ? null : new Finding(RuleCatalog.IllegalXmlCharacter, Message(what, value, index), keyPath, origin);
    }

    private static string? FirstIllegalString(FactValue value)
    {
        if (value.Value is string text)
        {
            return XmlCharacters.FirstIllegal(text) >= 0 ? text : null;
        }

        if (value.Value is IReadOnlyList<FactValue> items)
        {
            foreach (var item in items)
            {
                var found = FirstIllegalString(item);
                if (found is not null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static string Message(string what, string value, int index) =>
        $"{what} contains the character {XmlCharacters.Describe(value[index])} at position {index + 1} of '{Printable(value)}', which XML 1.0 cannot hold: the profile would not parse and macOS refuses to install it. Remove the character.";

    private static string Printable(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            var legal = XmlCharacters.FirstIllegal(c.ToString()) < 0 && !char.IsControl(c);
            builder.Append(legal || c == ' ' ? c.ToString() : "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
