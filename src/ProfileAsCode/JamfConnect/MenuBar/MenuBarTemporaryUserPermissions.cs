using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary>
/// <c>TemporaryUserPermissions</c> of <c>com.jamf.connect</c>: privilege elevation in Self Service+ (Jamf Connect
/// 3.0 and later) and, before it, the Jamf Connect menu bar app (the first 2.x version is not documented). Names and
/// types from Jamf, "Privilege Elevation Settings" and "Configuring macOS Privilege Elevation in Self Service+";
/// <see cref="UserPromotionBiometrics"/> and <see cref="UrlCommandLineElevation"/> are named only by a third party
/// (Der Flounder, "Using Self Service+ as a privilege elevation tool") and are unverified.
/// </summary>
public sealed record MenuBarTemporaryUserPermissions
{
    /// <summary><c>TemporaryUserPromotion</c> (boolean, required): let users request elevated privileges.</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.TemporaryUserPromotion)]
    public bool? TemporaryUserPromotion { get; init; }

    /// <summary><c>UserPromotionTimer</c> (boolean): show a countdown next to the menu bar icon while elevated.</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.UserPromotionTimer)]
    public bool? UserPromotionTimer { get; init; }

    /// <summary><c>UserPromotionDuration</c> (integer, minutes, default 5): how long an elevation lasts; 0 turns it
    /// off for a defined group; a role's duration (<see cref="UserPromotionRole"/>) overrides it.</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.UserPromotionDuration)]
    public int? UserPromotionDuration { get; init; }

    /// <summary><c>VerifyUserPromotion</c> (boolean): users authenticate with the identity provider before
    /// elevation; not with Google as identity provider.</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.VerifyUserPromotion)]
    public bool? VerifyUserPromotion { get; init; }

    /// <summary><c>VerifyUserPromotionFIDO2</c> (boolean): verify in a browser with WebAuthn (passkeys, FIDO2 keys);
    /// takes priority over <see cref="VerifyUserPromotion"/>. Entra ID, Okta Identity Engine, Okta OIDC and
    /// PingFederate; the OIDC app then needs the redirect URI <c>jamfconnect://loggedin</c>.</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.VerifyUserPromotionFido2)]
    public bool? VerifyUserPromotionFido2 { get; init; }

    /// <summary><c>UserPromotionLimit</c> (integer): how many elevations a user may request per calendar month.</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.UserPromotionLimit)]
    public int? UserPromotionLimit { get; init; }

    /// <summary><c>UserPromotionReason</c> (boolean): users give a reason (up to 200 characters), logged locally.</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.UserPromotionReason)]
    public bool? UserPromotionReason { get; init; }

    /// <summary><c>UserPromotionChoices</c> (array of strings): reasons users can pick from.</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.UserPromotionChoices)]
    public IReadOnlyList<string>? UserPromotionChoices { get; init; }

    /// <summary><c>UserPromotionRole</c> (array of dictionaries): who may elevate, and for how long, by role.</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.UserPromotionRole)]
    public IReadOnlyList<UserPromotionRole>? UserPromotionRole { get; init; }

    /// <summary><c>UserPromotionBiometrics</c> (boolean): require Touch ID before elevation. Key name UNVERIFIED
    /// (Jamf's page describes the option; the name is from a third-party blog).</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.UserPromotionBiometrics)]
    public bool? UserPromotionBiometrics { get; init; }

    /// <summary><c>URLCommandLineElevation</c> (boolean): restrict elevation to the Self Service+ interface (no URL
    /// scheme or command line). Key name UNVERIFIED (Jamf's page names the option "URL Scheme and Command Line
    /// Elevation"; the key name is from a third-party blog).</summary>
    [PayloadKey(JamfConnectKeys.TemporaryUserPermissions.UrlCommandLineElevation)]
    public bool? UrlCommandLineElevation { get; init; }
}

/// <summary>
/// One entry of <c>UserPromotionRole</c>: members of a role (or group) may elevate for <see cref="Duration"/> minutes.
/// (Jamf, "Configuring macOS Privilege Elevation in Self Service+")
/// </summary>
public sealed record UserPromotionRole
{
    /// <summary><c>Duration</c> (integer, minutes, whole numbers).</summary>
    [PayloadKey(JamfConnectKeys.UserPromotionRole.Duration)]
    public int? Duration { get; init; }

    /// <summary><c>Name</c> (string): the role value exactly as the ID token's claim carries it (case-sensitive).</summary>
    [PayloadKey(JamfConnectKeys.UserPromotionRole.Name)]
    public string? Name { get; init; }

    /// <summary><c>OIDCAdminAttribute</c> (string): the ID-token claim holding the role, e.g. <c>roles</c>.</summary>
    [PayloadKey(JamfConnectKeys.UserPromotionRole.OidcAdminAttribute)]
    public string? OidcAdminAttribute { get; init; }

    /// <summary><c>Provider</c>: the identity provider, e.g. <c>EntraID</c>.</summary>
    [PayloadKey(JamfConnectKeys.UserPromotionRole.Provider)]
    public IdentityProvider? Provider { get; init; }
}
