using System.Runtime.CompilerServices;
namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// PAC4007: an Apple payload that cannot be installed the way the profile delivers it — a payload type Apple defines
/// for other platforms only (<see cref="CheckPayload"/>); a second payload of a type of which a Mac takes only one
/// (<c>multiple: false</c>), or a payload the profile's scope cannot carry (<see cref="CheckProfile"/>): device-channel
/// payloads in a user profile, user-channel payloads in a system profile. Only the user-profile case is an error: a Mac is
/// seen refusing it ("The profile must be a system profile. User profiles are not supported"); what a Mac does in the
/// other cases is not documented, so they are warnings. A profile whose scope is not known (a file without
/// <c>PayloadScope</c>, whose scope is then decided by how it is delivered) is not checked for scope.
/// </summary>
internal static class PayloadInstallableOnMac
{
    [MethodImpl(HotPath.Optimized)]
    public static void CheckPayload(PayloadFacts payload, List<Finding> findings)
    {
        if (payload.Kind == PayloadKind.ApplePayload
            && AppleSchemas.Find(payload.Domain) is { OnMacOS.Count: 0 } type
            && type.Schemas.All(schema => !schema.IsEnvelope))
        {
            findings.Add(new Finding(
                RuleCatalog.ApplePayloadNotInstallable,
                $"{payload.Domain} is a payload Apple defines for other platforms only: no macOS version has it, so a Mac cannot install it. Remove it from this profile.",
                origin: payload.Origin,
                severity: RuleSeverity.Warning));
        }
    }

    [MethodImpl(HotPath.Optimized)]
    public static void CheckProfile(ProfileFacts profile, IReadOnlyList<ApplePayloadMatch?> matches, List<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (match is null)
            {
                continue;
            }

            var payload = match.Payload;
            seen[payload.Domain] = seen.TryGetValue(payload.Domain, out var count) ? count + 1 : 1;
            if (count > 0 && match.Schemas.All(schema => !schema.AllowsMultiple))
            {
                findings.Add(new Finding(
                    RuleCatalog.ApplePayloadNotInstallable,
                    $"This is {payload.Domain} payload number {count + 1} of the profile, but a Mac takes only one payload of that type (Apple's schema: multiple payloads not allowed). Merge them into one payload. See {match.Schemas[0].DocumentationUrl}.",
                    origin: payload.Origin,
                    severity: RuleSeverity.Warning));
            }

            if (profile.Scope == PayloadScope.User && match.Schemas.All(schema => !schema.UserChannel))
            {
                findings.Add(new Finding(
                    RuleCatalog.ApplePayloadNotInstallable,
                    $"{payload.Domain} installs on a Mac's device channel only, but the profile's scope is User: macOS refuses a user profile with it. Make the profile's scope System, or move the payload to a system profile. See {match.Schemas[0].DocumentationUrl}.",
                    origin: payload.Origin));
            }
            else if (profile.Scope == PayloadScope.System && match.Schemas.All(schema => !schema.DeviceChannel))
            {
                findings.Add(new Finding(
                    RuleCatalog.ApplePayloadNotInstallable,
                    $"{payload.Domain} installs on a Mac's user channel only, but the profile's scope is System: Apple does not list it for system profiles, so it may not apply. Make the profile's scope User, or move the payload to a user profile. See {match.Schemas[0].DocumentationUrl}.",
                    origin: payload.Origin,
                    severity: RuleSeverity.Warning));
            }
        }
    }
}
