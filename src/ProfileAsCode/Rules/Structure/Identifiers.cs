using System.Runtime.CompilerServices;
using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// What a PayloadIdentifier may look like. Apple requires one ("presence: required") and describes it as
/// "reverse-DNS style ('com.example.myprofile')", a payload's "usually the same as the TopLevel value, with an
/// additional appended component" (github.com/apple/device-management, mdm/profiles/TopLevel.yaml and
/// CommonPayloadKeys.yaml). Reverse-DNS is a convention: macOS compares identifiers as strings to decide
/// whether a profile replaces an installed one. So only what cannot be kept is unusable; the rest is judged
/// by convention.
/// </summary>
internal static class Identifiers
{
    /// <summary>Why <paramref name="identifier"/> cannot identify a profile or payload, or null when it can.</summary>
    public static string? UnusableProblem(string identifier)
    {
        if (identifier.Length == 0)
        {
            return "is empty";
        }

        if (identifier.Trim().Length == 0)
        {
            return "is only whitespace";
        }

        foreach (var c in identifier)
        {
            if (char.IsControl(c))
            {
                // XML 1.0 cannot hold most control characters, and parsers turn a carriage return into a line
                // feed: the identifier macOS reads back is not the one written, so updates never match.
                return "contains the control character U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ", which a profile does not keep as written";
            }
        }

        return null;
    }

    /// <summary>
    /// Reverse-DNS style: at least two non-empty labels of ASCII letters, digits, '-' and '_' separated by dots
    /// (a UUID label included, as Jamf Pro writes <c>&lt;UUID&gt;.0</c>), or a bare UUID as Jamf Pro writes
    /// profile identifiers.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsConventional(string identifier)
    {
        if (Guids.IsCanonical(identifier))
        {
            return true;
        }

        // Scanned in place: it runs for every profile and payload on every keystroke.
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
