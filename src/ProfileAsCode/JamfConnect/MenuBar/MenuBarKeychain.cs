using ProfileAsCode.PropertyList;

using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary>
/// <c>Keychain</c> of <c>com.jamf.connect</c>: keychain items updated with the IdP password. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
/// The entries' structure is UNCERTAIN (the sources name only the two dictionaries), so values are
/// written as given.
/// </summary>
public sealed record MenuBarKeychain
{
    /// <summary><c>InternetItems</c> (dictionary): internet-password items.</summary>
    [PayloadKey(JamfConnectKeys.Keychain.InternetItems)]
    public IReadOnlyDictionary<string, PlistValue>? InternetItems { get; init; }

    /// <summary><c>PasswordItems</c> (dictionary): generic-password items.</summary>
    [PayloadKey(JamfConnectKeys.Keychain.PasswordItems)]
    public IReadOnlyDictionary<string, PlistValue>? PasswordItems { get; init; }
}
