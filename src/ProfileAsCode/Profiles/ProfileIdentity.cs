namespace ProfileAsCode.Profiles;

/// <summary>
/// How identifiers and UUIDs are derived when not pinned (docs/profiles.md, "Identity"):
/// <list type="bullet">
/// <item>profile <c>PayloadUUID</c> = UUIDv5(<see cref="DeterministicUuid.Namespace"/>, profile identifier);</item>
/// <item>payload <c>PayloadIdentifier</c> = profile identifier + "." + domain
/// (<c>com.contoso.jamfconnect.com.jamf.connect.login</c>): unique per domain, readable, and stable
/// when properties are renamed;</item>
/// <item>payload <c>PayloadUUID</c> = UUIDv5(namespace, payload identifier).</item>
/// </list>
/// The payload form (direct or managed preferences) does not enter the derivation.
/// </summary>
public static class ProfileIdentity
{
    public static string ProfileUuid(string profileIdentifier) => DeterministicUuid.ForName(profileIdentifier);

    public static string PayloadIdentifier(string profileIdentifier, string domain) => profileIdentifier + "." + domain;

    public static string PayloadUuid(string payloadIdentifier) => DeterministicUuid.ForName(payloadIdentifier);

    /// <summary>Whether a pinned UUID is in the 8-4-4-4-12 hexadecimal form profiles use.</summary>
    public static bool IsUuid(string value) => Guid.TryParseExact(value, "D", out _);
}
