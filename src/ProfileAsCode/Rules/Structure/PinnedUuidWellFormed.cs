using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3001 for a pinned PayloadUUID ([ConfigurationProfile(Uuid = …)], [PayloadIdentity(Uuid = …)]): it is
/// written as given, so it must already be 8-4-4-4-12 hexadecimal digits, with no braces or spaces
/// (PayloadUUID in Apple's TopLevel.yaml and CommonPayloadKeys.yaml, github.com/apple/device-management). The facts carry no UUIDs, so the build host and the analyzer call
/// this with the attribute's value.
/// </summary>
internal static class PinnedUuidWellFormed
{
    /// <summary>The finding, or null when <paramref name="uuid"/> is well formed; <paramref name="where"/> names the attribute.</summary>
    public static Finding? Check(string where, string uuid, object? origin) => Guids.IsCanonical(uuid)
        ? null
        : new Finding(
            RuleCatalog.IdentifierInvalid,
            $"{where} pins PayloadUUID '{uuid}', which is not a UUID (8-4-4-4-12 hexadecimal digits, e.g. 'A1B2C3D4-E5F6-4890-ABCD-EF1234567890').",
            origin: origin);
}
