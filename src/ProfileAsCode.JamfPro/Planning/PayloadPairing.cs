using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Planning;

/// <summary>
/// Pairs each built payload with the server payload that holds the same settings: the same PayloadType (and, for a
/// managed-preferences payload, the same preference domains), preferring the same PayloadIdentifier, then the same
/// PayloadUUID, then file order. Unpaired payloads on either side are additions and removals.
/// </summary>
internal static class PayloadPairing
{
    /// <returns>For each built payload (by index), the index of its server partner, or -1.</returns>
    public static int[] Pair(IReadOnlyList<PlistDictionary> built, IReadOnlyList<PlistDictionary> server)
    {
        var partner = Enumerable.Repeat(-1, built.Count).ToArray();
        var taken = new bool[server.Count];
        PairBy(built, server, partner, taken, (b, s) => Same(b, s, PayloadKeys.Identifier));
        PairBy(built, server, partner, taken, (b, s) => Same(b, s, PayloadKeys.Uuid));
        PairBy(built, server, partner, taken, (_, _) => true);
        return partner;
    }

    /// <summary>What a payload configures: its type, plus the domains of a managed-preferences payload.</summary>
    public static string SlotOf(PlistDictionary payload)
    {
        var type = BuiltProfile.StringAt(payload, PayloadKeys.Type) ?? "";
        return type == PayloadKeys.ManagedPreferencesType && payload.TryGetValue(PayloadKeys.Content, out var content) && content is PlistDictionary domains
            ? type + "|" + string.Join(",", domains.Keys)
            : type;
    }

    private static void PairBy(IReadOnlyList<PlistDictionary> built, IReadOnlyList<PlistDictionary> server, int[] partner, bool[] taken, Func<PlistDictionary, PlistDictionary, bool> alike)
    {
        for (var b = 0; b < built.Count; b++)
        {
            if (partner[b] >= 0)
            {
                continue;
            }

            for (var s = 0; s < server.Count; s++)
            {
                if (!taken[s] && SlotOf(built[b]) == SlotOf(server[s]) && alike(built[b], server[s]))
                {
                    partner[b] = s;
                    taken[s] = true;
                    break;
                }
            }
        }
    }

    private static bool Same(PlistDictionary a, PlistDictionary b, string key) =>
        BuiltProfile.StringAt(a, key) is { } value && value == BuiltProfile.StringAt(b, key);
}
