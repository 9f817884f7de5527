namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// The one spelling of every Jamf Connect domain and key (Jamf Connect Documentation, "Login Window
/// Preferences" and "Self Service+ Preferences" pages; see docs/jamf-connect-keys.md): the records in
/// ProfileAsCode.JamfConnect name their keys with these constants and the rules read facts by them, so a
/// key cannot be spelled one way in a record and another way in a rule. Login window keys are members of
/// this class (JamfConnectKeys.Login.cs); menu bar keys are in one nested class per dictionary
/// (JamfConnectKeys.MenuBar.cs), and the rules address nested keys by their dotted paths below.
/// Plain constants only, so the analyzer (netstandard2.0) compiles this file as it is.
/// </summary>
internal static partial class JamfConnectKeys
{
    public const string LoginDomain = "com.jamf.connect.login";
    public const string MenuBarDomain = "com.jamf.connect";

    public const string MenuBarProvider = MenuBarSettingsPrefix + IdPSettings.Provider;
    public const string MenuBarRopgId = MenuBarSettingsPrefix + IdPSettings.RopgId;
    public const string MenuBarTenantId = MenuBarSettingsPrefix + IdPSettings.TenantId;
    public const string MenuBarDiscoveryUrl = MenuBarSettingsPrefix + IdPSettings.DiscoveryUrl;
    public const string MenuBarOktaAuthServer = MenuBarSettingsPrefix + IdPSettings.OktaAuthServer;
    public const string MenuBarClientSecret = MenuBarSettingsPrefix + IdPSettings.ClientSecret;
    public const string MenuBarChangePasswordUrl = MenuBarSettingsPrefix + IdPSettings.ChangePasswordUrl;
    public const string MenuBarResetPasswordUrl = MenuBarSettingsPrefix + IdPSettings.ResetPasswordUrl;
    public const string MenuBarSettingsPrefix = MenuBar.IdPSettings + ".";

    public static bool IsLogin(PayloadFacts payload) => string.Equals(payload.Domain, LoginDomain, StringComparison.Ordinal);

    public static bool IsMenuBar(PayloadFacts payload) => string.Equals(payload.Domain, MenuBarDomain, StringComparison.Ordinal);

    /// <summary>The known string of a key; null when absent, unknown or not a string.</summary>
    public static string? StringOf(PayloadFacts payload, string keyPath) => payload.Find(keyPath)?.Value.AsString;

    /// <summary>The known boolean of a key; null when absent, unknown or not a boolean.</summary>
    public static bool? BoolOf(PayloadFacts payload, string keyPath) => payload.Find(keyPath)?.Value.Value as bool?;

    /// <summary>
    /// The provider that decides how a key is judged. Login window keys of the password check (ROPG) go
    /// where <c>ROPGProvider</c> says when it is set — "Specifies where Jamf Connect should attempt to sync
    /// passwords": <c>Custom</c> is AD FS, <c>Azure_v2</c> is Entra ID (Jamf, "Microsoft Entra ID Hybrid ID
    /// Settings") — and otherwise to the sign-in provider <paramref name="providerKey"/> names. Null when
    /// the provider is absent or not known.
    /// </summary>
    public static string? ProviderOf(PayloadFacts payload, string keyPath, string? providerKey)
    {
        if (providerKey is null)
        {
            return null;
        }

        if (IsLogin(payload) && providerKey == OidcProvider && IsPasswordCheckKey(keyPath) && payload.Find(RopgProvider) is { } ropgProvider)
        {
            return ropgProvider.Value.AsString;
        }

        return payload.Find(providerKey)?.Value.AsString;
    }

    /// <summary>Login window keys read by the password check (ROPG) rather than the interactive sign-in.</summary>
    public static bool IsPasswordCheckKey(string keyPath) => keyPath switch
    {
        OidcRopgId or RopgTenant or RopgScopes or RopgClientSecret or RopgRedirectUri or RopgDiscoveryUrl => true,
        _ => false,
    };

    /// <summary>The provider key of a Jamf Connect payload (login window or menu bar), or null for other domains.</summary>
    public static string? ProviderKeyOf(PayloadFacts payload) => IsLogin(payload) ? OidcProvider : IsMenuBar(payload) ? MenuBarProvider : null;
}
