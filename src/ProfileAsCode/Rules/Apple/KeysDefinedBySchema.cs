using ProfileAsCode.Rules.Keys;

namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// PAC4005 and PAC4006 for Apple's payloads: the generic known-keys check (<see cref="KeysMatchTable"/>) with Apple's
/// schema as its table (<see cref="AppleKeyTable"/>). A key the payload's schema does not define ("did you mean" when
/// it is a near miss of a sibling) does nothing: macOS reads the keys it knows. A value of another type than the
/// schema's is not what Apple allows: depending on the payload, a Mac ignores it or converts it.
/// </summary>
internal static class KeysDefinedBySchema
{
    private static readonly KeyRules Rules = new(
        RuleCatalog.AppleUnknownKey,
        RuleCatalog.AppleWrongKeyType,
        "macOS",
        "Apple's page for the payload",
        wrongTypeConsequence: "Apple's schema allows no other type, so a Mac may ignore the value or read it converted, and tools that check profiles against the schema reject it",
        wrongItemConsequence: "a Mac may ignore the item");

    public static void Check(PayloadFacts payload, List<Finding> findings)
    {
        if (payload.Kind == PayloadKind.ApplePayload)
        {
            KeysMatchTable.Check(payload, AppleKeyTable.Instance, Rules, findings);
        }
    }
}
