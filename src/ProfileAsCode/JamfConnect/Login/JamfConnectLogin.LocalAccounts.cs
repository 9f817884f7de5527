using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

// Local vs network authentication and migration of existing accounts. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload; Jamf's samples, github.com/jamf/jamfconnect)
public sealed partial record JamfConnectLogin
{
    /// <summary><c>DenyLocal</c> (boolean): refuse local-only sign-in; users must authenticate with the IdP. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.DenyLocal)]
    public bool? DenyLocal { get; init; }

    /// <summary><c>DenyLocalExcluded</c> (array of strings): local accounts still allowed to sign in locally. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.DenyLocalExcluded)]
    public IReadOnlyList<string>? DenyLocalExcluded { get; init; }

    /// <summary><c>LocalFallback</c> (boolean): fall back to local authentication when the network is unavailable. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.LocalFallback)]
    public bool? LocalFallback { get; init; }

    /// <summary><c>OIDCDefaultLocal</c> (boolean): show local sign-in first. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.OidcDefaultLocal)]
    public bool? OidcDefaultLocal { get; init; }

    /// <summary><c>OIDCLocalAuthButton</c> (string): label of the local sign-in button. Seen only in Jamf's
    /// CyberArk example; UNCERTAIN. (Jamf's samples, github.com/jamf/jamfconnect)</summary>
    [PayloadKey(JamfConnectKeys.OidcLocalAuthButton)]
    public string? OidcLocalAuthButton { get; init; }

    /// <summary><c>Migrate</c> (boolean): offer to connect an existing local account to the IdP account. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.Migrate)]
    public bool? Migrate { get; init; }

    /// <summary><c>MigrateUsersHide</c> (array of strings): local accounts not offered for migration. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.MigrateUsersHide)]
    public IReadOnlyList<string>? MigrateUsersHide { get; init; }

    /// <summary><c>DemobilizeUsers</c> (boolean): turn mobile (AD) accounts into local accounts. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadKey(JamfConnectKeys.DemobilizeUsers)]
    public bool? DemobilizeUsers { get; init; }

    /// <summary><c>CreateNewUserHide</c> (boolean): hide "Create New User" while connecting an existing local
    /// account, so users cannot sidestep the migration. Not set by default. (Jamf, "Account Migration Settings")</summary>
    [PayloadKey(JamfConnectKeys.CreateNewUserHide)]
    public bool? CreateNewUserHide { get; init; }
}
