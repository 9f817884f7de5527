namespace ProfileAsCode.JamfConnect;

// OpenID Connect User Role Settings. [LJ-ROLES], [DJ-2.4-ROLES], [KD]
public sealed partial record JamfConnectLogin
{
    /// <summary><c>OIDCAdminAttribute</c> (string, default <c>groups</c>): ID-token claim read for admin
    /// roles; for Entra ID write <c>roles</c>. [LJ-ROLES]</summary>
    [PayloadKey("OIDCAdminAttribute")]
    public string? OidcAdminAttribute { get; init; }

    /// <summary><c>OIDCAdmin</c> (array of strings): role or group values (for Entra the app role's
    /// Value, not its display name) that make the user a local administrator. [LJ-ROLES], [LJ-APPROLES]</summary>
    [PayloadKey("OIDCAdmin")]
    public IReadOnlyList<string>? OidcAdmin { get; init; }

    /// <summary><c>OIDCIgnoreAdmin</c> (boolean): ignore IdP roles and keep the account's current admin status. [LJ-ROLES]</summary>
    [PayloadKey("OIDCIgnoreAdmin")]
    public bool? OidcIgnoreAdmin { get; init; }

    /// <summary><c>OIDCSecondaryAccess</c>: roles or groups allowed to create additional local users.
    /// Modelled as an array of strings; the type is UNCERTAIN. [LJ-ROLES]</summary>
    [PayloadKey("OIDCSecondaryAccess")]
    public IReadOnlyList<string>? OidcSecondaryAccess { get; init; }

    /// <summary><c>CreateAdminUser</c> (boolean): create every new account as administrator (at creation only). [KD], [DJ-2.4-ROLES]</summary>
    [PayloadKey("CreateAdminUser")]
    public bool? CreateAdminUser { get; init; }

    /// <summary><c>OIDCAccessClientID</c> (string): Okta Classic app that limits who may sign in. [KD], [LJ-LIMIT]</summary>
    [PayloadKey("OIDCAccessClientID")]
    public string? OidcAccessClientId { get; init; }

    /// <summary><c>OIDCAdminClientID</c> (string): Okta Classic app whose users become administrators. [KD], [LJ-LIMIT]</summary>
    [PayloadKey("OIDCAdminClientID")]
    public string? OidcAdminClientId { get; init; }

    /// <summary><c>OIDCSecondaryLoginClientID</c> (string): Okta Classic app for secondary sign-in. [KD], [LJ-LIMIT]</summary>
    [PayloadKey("OIDCSecondaryLoginClientID")]
    public string? OidcSecondaryLoginClientId { get; init; }
}
