using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// Advanced Login Authentication Settings. [LJ-ADV], [KD] "Advanced Login Authentication Settings.json"
public sealed partial record JamfConnectLogin
{
    /// <summary><c>OIDCAuthServer</c> (string): ID of an Okta custom authorization server (not the Okta
    /// domain; equal to <c>AuthServer</c> it causes errors). [LJ-ADV]</summary>
    [PayloadKey(JamfConnectKeys.OidcAuthServer)]
    public string? OidcAuthServer { get; init; }

    /// <summary><c>OIDCIgnoreCookies</c> (boolean): ignore the login window's stored cookies. [LJ-ADV]</summary>
    [PayloadKey(JamfConnectKeys.OidcIgnoreCookies)]
    public bool? OidcIgnoreCookies { get; init; }

    /// <summary><c>OIDCScopes</c> (string): scopes of the interactive sign-in, separated by <c>+</c>
    /// (spaces for Okta Identity Engine). Unset, Jamf requests <c>openid profile email</c>.
    /// [LJ-ADV], [LJ-ROLES], [DJ-TECH-SCOPE]</summary>
    [PayloadKey(JamfConnectKeys.OidcScopes)]
    [ScopeList(Usage = ScopeUsage.Interactive, ProviderKey = JamfConnectKeys.OidcProvider)]
    public string? OidcScopes { get; init; }

    /// <summary><c>OIDCFullName</c> (string): ID-token claim used as the account's full name. [LJ-ADV]</summary>
    [PayloadKey(JamfConnectKeys.OidcFullName)]
    public string? OidcFullName { get; init; }

    /// <summary><c>OIDCShortName</c> (string): ID-token claim used as the local short name. [LJ-ADV]</summary>
    [PayloadKey(JamfConnectKeys.OidcShortName)]
    public string? OidcShortName { get; init; }

    /// <summary><c>OIDCIDTokenPath</c> (string): file the formatted ID token is written to. [LJ-ADV]</summary>
    [PayloadKey(JamfConnectKeys.OidcIdTokenPath)]
    public string? OidcIdTokenPath { get; init; }

    /// <summary><c>OIDCIDTokenPathRaw</c> (string): file the raw ID token is written to. [LJ-ADV]</summary>
    [PayloadKey(JamfConnectKeys.OidcIdTokenPathRaw)]
    public string? OidcIdTokenPathRaw { get; init; }

    /// <summary><c>UseUserInfo</c> (boolean): read claims from the user-info endpoint. Seen only in Jamf's
    /// PingFederate example; meaning UNCERTAIN. [JC-REPO]</summary>
    [PayloadKey(JamfConnectKeys.UseUserInfo)]
    public bool? UseUserInfo { get; init; }
}
