using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary>
/// The Jamf Connect login window, preference domain <c>com.jamf.connect.login</c> (in 3.x the
/// stand-alone login bundle still reads it). (Jamf, "Login Window Authentication Settings"; third-party extension attribute, github.com/SudoSunshine/jamf-connect-3X-ea)
/// Keys are grouped by the page of Jamf's documentation that describes them, one file per group.
/// Boolean keys left unset behave as false unless a key says otherwise. (Jamf Connect 1.19.2 documentation)
/// Not modelled because their key names are not documented: "ROPG Short Name" and
/// "Ignore Local Accounts for Secondary Access"; set them through <see cref="AdditionalKeys"/> once known.
/// The 1.x-only <c>RightsTmpCache</c> is left out on purpose. (ProfileManifests, github.com/ProfileManifests/ProfileManifests)
/// Where the sources give only a key and its type (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload: local accounts, migration, FileVault, scripts,
/// EULA, Okta MFA, PAM), the one-line meaning in its comment is read from the key's name, not from Jamf.
/// </summary>
[PreferenceDomain(JamfConnectKeys.LoginDomain, DisplayName = "Jamf Connect Login")]
public sealed partial record JamfConnectLogin
{
    /// <summary>Raw keys for settings this record does not model yet. A key may not repeat a typed key or a Payload* key.</summary>
    [AdditionalKeys]
    public IReadOnlyDictionary<string, object?>? AdditionalKeys { get; init; }
}
