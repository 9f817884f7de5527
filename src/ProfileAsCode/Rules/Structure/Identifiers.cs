using System.Runtime.CompilerServices;
using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// What a PayloadIdentifier may look like: reverse-DNS (<c>com.example.x</c>, plist-and-profiles reference
/// §1.1), or a UUID as Jamf Pro writes its own identifiers.
/// </summary>
internal static class Identifiers
{
    public static bool IsValid(string identifier) => Guids.IsCanonical(identifier) || IsReverseDns(identifier);

    // At least two non-empty labels of ASCII letters, digits, '-' and '_', the first starting with a letter.
    // Scanned in place: it runs for every profile and payload on every keystroke.
    [MethodImpl(HotPath.Optimized)]
    private static bool IsReverseDns(string identifier)
    {
        if (identifier.Length == 0 || !char.IsLetter(identifier[0]))
        {
            return false;
        }

        var labels = 1;
        var labelLength = 0;
        foreach (var c in identifier)
        {
            if (c == '.')
            {
                if (labelLength == 0)
                {
                    return false;
                }

                labels++;
                labelLength = 0;
            }
            else if ((c < 128 && char.IsLetterOrDigit(c)) || c == '-' || c == '_')
            {
                labelLength++;
            }
            else
            {
                return false;
            }
        }

        return labels >= 2 && labelLength > 0;
    }
}
