namespace ProfileAsCode.JamfConnect;

// Advanced Login Authentication Settings. [LJ-ADV], [KD] "Advanced Login Authentication Settings.json"
public sealed partial record JamfConnectLogin
{
    /// <summary><c>OIDCAuthServer</c> (string): ID of an Okta custom authorization server (not the Okta
    /// domain; equal to <c>AuthServer</c> it causes errors). [LJ-ADV]</summary>
    [PayloadKey("OIDCAuthServer")]
    public string? OidcAuthServer { get; init; }

    /// <summary><c>OIDCIgnoreCookies</c> (boolean): ignore the login window's stored cookies. [LJ-ADV]</summary>
    [PayloadKey("OIDCIgnoreCookies")]
    public bool? OidcIgnoreCookies { get; init; }

    /// <summary><c>OIDCScopes</c> (string): scopes of the interactive sign-in, separated by <c>+</c>
    /// (spaces for Okta Identity Engine). Unset, Jamf requests <c>openid profile email</c>.
    /// [LJ-ADV], [LJ-ROLES], [DJ-TECH-SCOPE]</summary>
    [PayloadKey("OIDCScopes")]
    [ScopeList(Usage = Rules.ScopeUsage.Interactive, ProviderKey = "OIDCProvider")]
    public string? OidcScopes { get; init; }

    /// <summary><c>OIDCFullName</c> (string): ID-token claim used as the account's full name. [LJ-ADV]</summary>
    [PayloadKey("OIDCFullName")]
    public string? OidcFullName { get; init; }

    /// <summary><c>OIDCShortName</c> (string): ID-token claim used as the local short name. [LJ-ADV]</summary>
    [PayloadKey("OIDCShortName")]
    public string? OidcShortName { get; init; }

    /// <summary><c>OIDCIDTokenPath</c> (string): file the formatted ID token is written to. [LJ-ADV]</summary>
    [PayloadKey("OIDCIDTokenPath")]
    public string? OidcIdTokenPath { get; init; }

    /// <summary><c>OIDCIDTokenPathRaw</c> (string): file the raw ID token is written to. [LJ-ADV]</summary>
    [PayloadKey("OIDCIDTokenPathRaw")]
    public string? OidcIdTokenPathRaw { get; init; }

    /// <summary><c>UseUserInfo</c> (boolean): read claims from the user-info endpoint. Seen only in Jamf's
    /// PingFederate example; meaning UNCERTAIN. [JC-REPO]</summary>
    [PayloadKey("UseUserInfo")]
    public bool? UseUserInfo { get; init; }
}
