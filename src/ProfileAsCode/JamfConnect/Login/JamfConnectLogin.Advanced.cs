using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// Advanced Login Authentication Settings. (Jamf, "Advanced Login Authentication Settings"; community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload) "Advanced Login Authentication Settings.json"
public sealed partial record JamfConnectLogin
{
    /// <summary><c>OIDCAuthServer</c> (string): ID of an Okta custom authorization server (not the Okta
    /// domain; equal to <c>AuthServer</c> it causes errors). (Jamf, "Advanced Login Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcAuthServer)]
    public string? OidcAuthServer { get; init; }

    /// <summary><c>OIDCIgnoreCookies</c> (boolean): ignore the login window's stored cookies. (Jamf, "Advanced Login Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcIgnoreCookies)]
    public bool? OidcIgnoreCookies { get; init; }

    /// <summary><c>OIDCScopes</c> (string): scopes of the interactive sign-in, separated by <c>+</c>
    /// (spaces for Okta Identity Engine). Unset, Jamf requests <c>openid profile email</c>.
    /// (Jamf, "Advanced Login Authentication Settings"; Jamf, "OpenID Connect User Role Settings"; Jamf technical article "Creating a Custom Scope for Jamf Connect and Conditional Access Policies")</summary>
    [PayloadKey(JamfConnectKeys.OidcScopes)]
    [ScopeList(Usage = ScopeUsage.Interactive, ProviderKey = JamfConnectKeys.OidcProvider)]
    public string? OidcScopes { get; init; }

    /// <summary><c>OIDCFullName</c> (string): ID-token claim used as the account's full name. (Jamf, "Advanced Login Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcFullName)]
    public string? OidcFullName { get; init; }

    /// <summary><c>OIDCShortName</c> (string): ID-token claim used as the local short name. (Jamf, "Advanced Login Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcShortName)]
    public string? OidcShortName { get; init; }

    /// <summary><c>OIDCIDTokenPath</c> (string): file the formatted ID token is written to. (Jamf, "Advanced Login Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcIdTokenPath)]
    public string? OidcIdTokenPath { get; init; }

    /// <summary><c>OIDCIDTokenPathRaw</c> (string): file the raw ID token is written to. (Jamf, "Advanced Login Authentication Settings")</summary>
    [PayloadKey(JamfConnectKeys.OidcIdTokenPathRaw)]
    public string? OidcIdTokenPathRaw { get; init; }

    /// <summary><c>UseUserInfo</c> (boolean): read claims from the user-info endpoint. Seen only in Jamf's
    /// PingFederate example; meaning UNCERTAIN. (Jamf's samples, github.com/jamf/jamfconnect)</summary>
    [PayloadKey(JamfConnectKeys.UseUserInfo)]
    public bool? UseUserInfo { get; init; }
}
