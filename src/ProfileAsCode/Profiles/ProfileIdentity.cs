namespace ProfileAsCode.Profiles;

/// <summary>
/// How identifiers and UUIDs are derived when not pinned (docs/profiles.md, "Identity"):
/// <list type="bullet">
/// <item>profile <c>PayloadUUID</c> = UUIDv5(<see cref="DeterministicUuid.Namespace"/>, profile identifier);</item>
/// <item>payload <c>PayloadIdentifier</c> = profile identifier + "." + domain or Apple payload type
/// (<c>com.contoso.jamfconnect.com.jamf.connect.login</c>, <c>com.contoso.baseline.com.apple.TCC.configuration-profile-policy</c>):
/// unique per domain, readable, and stable when properties are renamed. A profile may hold several payloads of
/// one type (two certificates): the first property of the type, in declaration order, has that identifier, and
/// each later one adds "." + its property name (<c>….com.apple.security.root.IssuingCa</c>), so adding a payload
/// never changes the identifiers of those already there;</item>
/// <item>payload <c>PayloadUUID</c> = UUIDv5(namespace, payload identifier).</item>
/// </list>
/// The payload form (direct or managed preferences) does not enter the derivation.
/// </summary>
public static class ProfileIdentity
{
    public static string ProfileUuid(string profileIdentifier) => DeterministicUuid.ForName(profileIdentifier);

    public static string PayloadIdentifier(string profileIdentifier, string domain) => profileIdentifier + "." + domain;

    /// <summary>
    /// The identifier of a payload of <paramref name="payloadType"/> (domain or Apple payload type) declared by
    /// <paramref name="propertyName"/>; <paramref name="isFirstOfType"/>: no earlier property of the profile has the type.
    /// </summary>
    internal static string PayloadIdentifier(string profileIdentifier, string payloadType, string propertyName, bool isFirstOfType) =>
        isFirstOfType ? PayloadIdentifier(profileIdentifier, payloadType) : PayloadIdentifier(profileIdentifier, payloadType) + "." + propertyName;

    public static string PayloadUuid(string payloadIdentifier) => DeterministicUuid.ForName(payloadIdentifier);
}
