using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// OpenID Connect User Role Settings. (Jamf, "OpenID Connect User Role Settings"; Jamf Connect 2.4.1, "User Roles for Local Accounts"; community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
public sealed partial record JamfConnectLogin
{
    /// <summary><c>OIDCAdminAttribute</c> (string, default <c>groups</c>): ID-token claim read for admin
    /// roles; for Entra ID write <c>roles</c>. (Jamf, "OpenID Connect User Role Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcAdminAttribute)]
    public string? OidcAdminAttribute { get; init; }

    /// <summary><c>OIDCAdmin</c> (array of strings): role or group values (for Entra the app role's
    /// Value, not its display name) that make the user a local administrator. (Jamf, "OpenID Connect User Role Settings"; Jamf, "Designating App Roles")</summary>
    [PayloadKey(JamfConnectKeys.OidcAdmin)]
    public IReadOnlyList<string>? OidcAdmin { get; init; }

    /// <summary><c>OIDCIgnoreAdmin</c> (boolean): ignore IdP roles and keep the account's current admin status. (Jamf, "OpenID Connect User Role Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcIgnoreAdmin)]
    public bool? OidcIgnoreAdmin { get; init; }

    /// <summary><c>OIDCSecondaryAccess</c>: roles or groups allowed to create additional local users.
    /// Modelled as an array of strings; the type is UNCERTAIN. (Jamf, "OpenID Connect User Role Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcSecondaryAccess)]
    public IReadOnlyList<string>? OidcSecondaryAccess { get; init; }

    /// <summary><c>CreateAdminUser</c> (boolean): create every new account as administrator (at creation only). (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload; Jamf Connect 2.4.1, "User Roles for Local Accounts")</summary>
    [PayloadKey(JamfConnectKeys.CreateAdminUser)]
    public bool? CreateAdminUser { get; init; }

    /// <summary><c>OIDCAccessClientID</c> (string): Okta Classic app that limits who may sign in. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload; Jamf, "Creating Applications for Limiting Access to Devices")</summary>
    [PayloadKey(JamfConnectKeys.OidcAccessClientId)]
    public string? OidcAccessClientId { get; init; }

    /// <summary><c>OIDCAdminClientID</c> (string): Okta Classic app whose users become administrators. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload; Jamf, "Creating Applications for Limiting Access to Devices")</summary>
    [PayloadKey(JamfConnectKeys.OidcAdminClientId)]
    public string? OidcAdminClientId { get; init; }

    /// <summary><c>OIDCSecondaryLoginClientID</c> (string): Okta Classic app for secondary sign-in. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload; Jamf, "Creating Applications for Limiting Access to Devices")</summary>
    [PayloadKey(JamfConnectKeys.OidcSecondaryLoginClientId)]
    public string? OidcSecondaryLoginClientId { get; init; }
}
