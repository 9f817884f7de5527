using System.Runtime.CompilerServices;
namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// The PAC4xxx family in the engine's order: per payload the keys (PAC4005, PAC4006), presence (PAC4001), values
/// (PAC4002, PAC4003) and keys no macOS has (PAC4004); per profile what depends on it (the minimum macOS, the scope, a
/// second payload of a type). Payloads that are not Apple payloads, or whose type Apple's schema does not know (a newer
/// type than the schema copy, a test's own type), are left alone.
/// </summary>
internal static class AppleSchemaRules
{
    [MethodImpl(HotPath.Optimized)]
    public static void CheckPayload(PayloadFacts payload, List<Finding> findings)
    {
        if (payload.Kind != PayloadKind.ApplePayload)
        {
            return;
        }

        PayloadInstallableOnMac.CheckPayload(payload, findings);
        KeysDefinedBySchema.Check(payload, findings);
        if (ApplePayloadMatch.Of(payload) is not { } match)
        {
            return;
        }

        SchemaRequiredKeysPresent.Check(match, findings);
        ValuesAllowedBySchema.Check(match, findings);
        NumbersWithinSchemaRange.Check(match, findings);
        AvailableOnMinimumMacOS.CheckPayload(match, findings);
    }

    [MethodImpl(HotPath.Optimized)]
    public static void CheckProfile(ProfileFacts profile, List<Finding> findings)
    {
        List<ApplePayloadMatch?>? matches = null;
        foreach (var payload in profile.Payloads)
        {
            if (payload.Kind == PayloadKind.ApplePayload)
            {
                (matches ??= new List<ApplePayloadMatch?>()).Add(ApplePayloadMatch.Of(payload));
            }
        }

        if (matches is null)
        {
            return;
        }

        foreach (var match in matches)
        {
            if (match is not null)
            {
                AvailableOnMinimumMacOS.CheckProfile(profile, match, findings);
            }
        }

        PayloadInstallableOnMac.CheckProfile(profile, matches, findings);
    }
}
