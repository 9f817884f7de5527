using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// What a PayloadIdentifier may look like: reverse-DNS (<c>com.example.x</c>, plist-and-profiles reference
/// §1.1), or a UUID as Jamf Pro writes its own identifiers.
/// </summary>
internal static class Identifiers
{
    public static bool IsValid(string identifier) => Guids.IsCanonical(identifier) || IsReverseDns(identifier);

    private static bool IsReverseDns(string identifier)
    {
        var labels = identifier.Split('.');
        return labels.Length >= 2
            && labels.All(l => l.Length > 0 && l.All(c => (c < 128 && char.IsLetterOrDigit(c)) || c == '-' || c == '_'))
            && char.IsLetter(labels[0][0]);
    }
}
