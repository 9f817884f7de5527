namespace ProfileAsCode.JamfConnect;

// Local vs network authentication and migration of existing accounts. [KD], [JC-REPO]
public sealed partial record JamfConnectLogin
{
    /// <summary><c>DenyLocal</c> (boolean): refuse local-only sign-in; users must authenticate with the IdP. [KD]</summary>
    [PayloadKey("DenyLocal")]
    public bool? DenyLocal { get; init; }

    /// <summary><c>DenyLocalExcluded</c> (array of strings): local accounts still allowed to sign in locally. [KD]</summary>
    [PayloadKey("DenyLocalExcluded")]
    public IReadOnlyList<string>? DenyLocalExcluded { get; init; }

    /// <summary><c>LocalFallback</c> (boolean): fall back to local authentication when the network is unavailable. [KD]</summary>
    [PayloadKey("LocalFallback")]
    public bool? LocalFallback { get; init; }

    /// <summary><c>OIDCDefaultLocal</c> (boolean): show local sign-in first. [KD]</summary>
    [PayloadKey("OIDCDefaultLocal")]
    public bool? OidcDefaultLocal { get; init; }

    /// <summary><c>OIDCLocalAuthButton</c> (string): label of the local sign-in button. Seen only in Jamf's
    /// CyberArk example; UNCERTAIN. [JC-REPO]</summary>
    [PayloadKey("OIDCLocalAuthButton")]
    public string? OidcLocalAuthButton { get; init; }

    /// <summary><c>Migrate</c> (boolean): offer to connect an existing local account to the IdP account. [KD]</summary>
    [PayloadKey("Migrate")]
    public bool? Migrate { get; init; }

    /// <summary><c>MigrateUsersHide</c> (array of strings): local accounts not offered for migration. [KD]</summary>
    [PayloadKey("MigrateUsersHide")]
    public IReadOnlyList<string>? MigrateUsersHide { get; init; }

    /// <summary><c>DemobilizeUsers</c> (boolean): turn mobile (AD) accounts into local accounts. [KD]</summary>
    [PayloadKey("DemobilizeUsers")]
    public bool? DemobilizeUsers { get; init; }
}
