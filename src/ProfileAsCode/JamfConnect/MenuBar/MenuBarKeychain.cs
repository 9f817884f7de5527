using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfConnect;

/// <summary>
/// <c>Keychain</c> of <c>com.jamf.connect</c>: keychain items updated with the IdP password. [KD]
/// The entries' structure is UNCERTAIN (the sources name only the two dictionaries), so values are
/// written as given.
/// </summary>
public sealed record MenuBarKeychain
{
    /// <summary><c>InternetItems</c> (dictionary): internet-password items.</summary>
    [PayloadKey("InternetItems")]
    public IReadOnlyDictionary<string, PlistValue>? InternetItems { get; init; }

    /// <summary><c>PasswordItems</c> (dictionary): generic-password items.</summary>
    [PayloadKey("PasswordItems")]
    public IReadOnlyDictionary<string, PlistValue>? PasswordItems { get; init; }
}
