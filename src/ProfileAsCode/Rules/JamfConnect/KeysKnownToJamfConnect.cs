using ProfileAsCode.Rules.Keys;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// PAC2006 and PAC2007 for Jamf Connect's two domains: <see cref="KeysMatchTable"/> with
/// <see cref="JamfConnectKeyTable"/>. Jamf Connect reads the keys it knows and ignores the rest, so a misspelled or
/// misplaced key silently does nothing, and a value of another type is ignored (Jamf's pages give each key with
/// its XML type, e.g. "Login Window Authentication Settings").
/// </summary>
internal static class KeysKnownToJamfConnect
{
    private static readonly KeyRules Rules = new(RuleCatalog.UnknownKey, RuleCatalog.WrongKeyType, "Jamf Connect");

    public static void Check(PayloadFacts payload, List<Finding> findings) =>
        KeysMatchTable.Check(payload, JamfConnectKeyTable.Instance, Rules, findings);
}
