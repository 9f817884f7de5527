using ProfileAsCode.JamfPro.Profiles;

namespace ProfileAsCode.JamfPro.Planning;

/// <summary>
/// Which server profiles claim a built profile: the same top-level PayloadIdentifier, the same PayloadUUID, or our
/// marker naming its identifier. Never the display name alone: two profiles may share a name, and a renamed profile
/// is still the same profile. One claimant is a match; two or more are ambiguous and nothing is written for it.
/// </summary>
internal static class ProfileMatcher
{
    public static IReadOnlyList<ServerProfile> ClaimantsOf(BuiltProfile built, IEnumerable<ServerProfile> server) =>
        server.Where(s => Claims(s, built)).ToList();

    public static bool Claims(ServerProfile server, BuiltProfile built) =>
        string.Equals(server.MarkerIdentifier, built.Identifier, StringComparison.Ordinal)
        || string.Equals(server.TopIdentifier, built.Identifier, StringComparison.Ordinal)
        || string.Equals(server.TopUuid, built.Uuid, StringComparison.OrdinalIgnoreCase);
}
