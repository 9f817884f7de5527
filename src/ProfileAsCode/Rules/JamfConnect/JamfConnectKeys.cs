namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>Domains and keys the Jamf Connect rules read (reference §1a, §1b; menu bar keys as dotted paths).</summary>
internal static class JamfConnectKeys
{
    public const string LoginDomain = "com.jamf.connect.login";
    public const string MenuBarDomain = "com.jamf.connect";

    public const string OidcProvider = "OIDCProvider";
    public const string OidcClientId = "OIDCClientID";
    public const string OidcRopgId = "OIDCROPGID";
    public const string OidcTenant = "OIDCTenant";
    public const string OidcDiscoveryUrl = "OIDCDiscoveryURL";
    public const string OidcRedirectUri = "OIDCRedirectURI";
    public const string OidcClientSecret = "OIDCClientSecret";
    public const string OidcScopes = "OIDCScopes";
    public const string OidcAdmin = "OIDCAdmin";
    public const string OidcAdminAttribute = "OIDCAdminAttribute";
    public const string OidcNewPassword = "OIDCNewPassword";
    public const string OidcUsePassthroughAuth = "OIDCUsePassthroughAuth";
    public const string CreateJamfConnectPassword = "CreateJamfConnectPassword";
    public const string AuthServer = "AuthServer";
    public const string ChangePasswordUrl = "ChangePasswordURL";
    public const string HelpUrl = "HelpURL";
    public const string RopgProvider = "ROPGProvider";
    public const string RopgTenant = "ROPGTenant";
    public const string RopgDiscoveryUrl = "ROPGDiscoveryURL";
    public const string RopgRedirectUri = "ROPGRedirectURI";
    public const string RopgClientSecret = "ROPGClientSecret";
    public const string RopgScopes = "ROPGScopes";

    public const string MenuBarProvider = "IdPSettings.Provider";
    public const string MenuBarRopgId = "IdPSettings.ROPGID";
    public const string MenuBarTenantId = "IdPSettings.TenantID";
    public const string MenuBarDiscoveryUrl = "IdPSettings.DiscoveryURL";
    public const string MenuBarOktaAuthServer = "IdPSettings.OktaAuthServer";
    public const string MenuBarClientSecret = "IdPSettings.ClientSecret";
    public const string MenuBarChangePasswordUrl = "IdPSettings.ChangePasswordURL";
    public const string MenuBarResetPasswordUrl = "IdPSettings.ResetPasswordURL";
    public const string MenuBarSettingsPrefix = "IdPSettings.";

    public static bool IsLogin(PayloadFacts payload) => string.Equals(payload.Domain, LoginDomain, StringComparison.Ordinal);

    public static bool IsMenuBar(PayloadFacts payload) => string.Equals(payload.Domain, MenuBarDomain, StringComparison.Ordinal);

    /// <summary>The known string of a key; null when absent, unknown or not a string.</summary>
    public static string? StringOf(PayloadFacts payload, string keyPath) => payload.Find(keyPath)?.Value.AsString;

    /// <summary>The known boolean of a key; null when absent, unknown or not a boolean.</summary>
    public static bool? BoolOf(PayloadFacts payload, string keyPath) => payload.Find(keyPath)?.Value.Value as bool?;

    /// <summary>ROPGTenant while ROPGProvider is Custom: passwords are checked by AD FS, not Entra [LJ-HYBRID].</summary>
    public static bool IsAdfsRopgTenant(PayloadFacts payload, KeyFact key) =>
        IsLogin(payload) && key.KeyPath == RopgTenant && Parsing.IdentityProviders.Is(StringOf(payload, RopgProvider), Parsing.IdentityProviders.Custom);

    /// <summary>The provider key of a Jamf Connect payload (login window or menu bar), or null for other domains.</summary>
    public static string? ProviderKeyOf(PayloadFacts payload) => IsLogin(payload) ? OidcProvider : IsMenuBar(payload) ? MenuBarProvider : null;
}
