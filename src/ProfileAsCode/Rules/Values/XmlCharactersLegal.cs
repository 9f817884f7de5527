using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Rules.Values;

/// <summary>
/// PAC3003: every key and known string (list items too) must be writable as XML 1.0 (W3C, "Extensible Markup
/// Language (XML) 1.0", section 2.2 Characters). Asks the same <see cref="XmlCharacters"/> the XML writer does, so the rule flags exactly
/// what the writer would refuse.
/// </summary>
internal static class XmlCharactersLegal
{
    // A secret's text is never quoted in the message.
    public static void Check(KeyFact key, bool isSecret, List<Finding> findings)
    {
        var inKey = XmlCharacters.IndexOfIllegal(key.KeyPath, out var keyCodePoint);
        if (inKey >= 0)
        {
            findings.Add(new Finding(RuleCatalog.IllegalXmlCharacter, Message("The key '" + XmlCharacters.Printable(key.KeyPath) + "'", key.KeyPath, inKey, keyCodePoint), key.KeyPath, key.Origin));
        }

        if (FirstIllegalString(key.Value, out var index, out var codePoint) is { } found)
        {
            var message = isSecret
                ? $"{key.KeyPath} contains the character {XmlCharacters.Describe(codePoint)} at position {index + 1}, which XML 1.0 cannot hold: the profile would not parse and macOS refuses to install it. Remove the character."
                : Message(key.KeyPath, found, index, codePoint);
            findings.Add(new Finding(RuleCatalog.IllegalXmlCharacter, message, key.KeyPath, key.Origin));
        }
    }

    private static string? FirstIllegalString(FactValue value, out int index, out int codePoint)
    {
        if (value.Value is string text)
        {
            index = XmlCharacters.IndexOfIllegal(text, out codePoint);
            return index >= 0 ? text : null;
        }

        if (value.Value is IReadOnlyList<FactValue> items)
        {
            foreach (var item in items)
            {
                if (FirstIllegalString(item, out index, out codePoint) is { } found)
                {
                    return found;
                }
            }
        }

        index = -1;
        codePoint = 0;
        return null;
    }

    private static string Message(string what, string value, int index, int codePoint) =>
        $"{what} contains the character {XmlCharacters.Describe(codePoint)} at position {index + 1} of '{XmlCharacters.Printable(value)}', which XML 1.0 cannot hold: the profile would not parse and macOS refuses to install it. Remove the character.";
}
