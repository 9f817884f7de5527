namespace DocumentedSetups;

/// <summary>
/// One slip in one documented setup and exactly the findings it must produce. The analyzer path rewrites the
/// source line <c>{Property} = "{From}"</c> (the <see cref="Occurrence"/>th such line of the setup's file, from 0);
/// the build host's path changes the value of <see cref="KeyPath"/> in the built facts. A null <see cref="To"/>
/// removes the key (its source line).
/// </summary>
public sealed record Mutation(string Setup, string Domain, string KeyPath, string Property, string From, string? To, string[] Expected, int Occurrence = 0)
{
    public override string ToString() => $"{Setup}: {KeyPath} '{From}' → {(To is null ? "removed" : "'" + To + "'")}";
}

/// <summary>The documented setups (one file each, named like its record) and their mutations.</summary>
public static class DocumentedSetupCatalog
{
    public static readonly string[] Setups =
    [
        "EntraCustomApi", "EntraBasic", "EntraAdfsHybrid", "OktaClassic", "OktaIdentityEngineSetup",
        "GoogleSetup", "KeycloakSetup", "OneLoginSetup", "PingFederateSetup", "IbmSecurityVerifySetup",
    ];

    private const string Login = "com.jamf.connect.login";
    private const string MenuBar = "com.jamf.connect";

    public static readonly Mutation[] Mutations =
    [
        new("EntraCustomApi", Login, "ROPGTenant", "RopgTenant", "9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f", "common", ["PAC1003"]),
        new("EntraCustomApi", MenuBar, "IdPSettings.ROPGScopes", "RopgScopes", "api://5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819/jamfconnect+openid+email+profile", "openid+email+profile", ["PAC1026"], Occurrence: 1),
        new("EntraBasic", Login, "OIDCTenant", "OidcTenant", "0a0b0c0d-1e1f-4a2b-8c3d-4e5f60718293", "contoso.onmicrosoft.com", ["PAC1002"]),
        new("EntraBasic", MenuBar, "IdPSettings.ROPGID", "RopgId", "2c3d4e5f-6071-4829-8b1c-d2e3f4051627", "2c3d4e5f-6071-4829-8b1c-d2e3f405162", ["PAC1010"]),
        new("EntraAdfsHybrid", Login, "ROPGDiscoveryURL", "RopgDiscoveryUrl", "https://adfs.contoso.com/adfs/.well-known/openid-configuration", "http://adfs.contoso.com/adfs/.well-known/openid-configuration", ["PAC2008"]),
        new("EntraAdfsHybrid", Login, "ROPGDiscoveryURL", "RopgDiscoveryUrl", "https://adfs.contoso.com/adfs/.well-known/openid-configuration", null, ["PAC2001"]),
        new("OktaClassic", Login, "AuthServer", "AuthServer", "contoso.okta.com", null, ["PAC2001"]),
        new("OktaIdentityEngineSetup", Login, "OIDCScopes", "OidcScopes", "openid profile email groups", "openid+profile+email+groups", ["PAC1028"]),
        new("GoogleSetup", Login, "OIDCRedirectURI", "OidcRedirectUri", "https://127.0.0.1/jamfconnect", "127.0.0.1/jamfconnect", ["PAC2002"]),
        new("KeycloakSetup", Login, "OIDCDiscoveryURL", "OidcDiscoveryUrl", "https://keycloak.contoso.com/realms/mac/.well-known/openid-configuration", "http://keycloak.contoso.com:8080/realms/mac/.well-known/openid-configuration", ["PAC2008"]),
        new("KeycloakSetup", Login, "OIDCScopes", "OidcScopes", "openid profile email roles", "openid  profile email roles", ["PAC1020"]),
        new("OneLoginSetup", Login, "OIDCTenant", "OidcTenant", "contoso", null, ["PAC2001"]),
        new("PingFederateSetup", Login, "OIDCScopes", "OidcScopes", "openid+profile+email", "openid,profile,email", ["PAC1020"]),
        new("IbmSecurityVerifySetup", MenuBar, "IdPSettings.TenantID", "TenantId", "contoso", null, ["PAC2001"]),
    ];
}
