using ProfileAsCode.Rules.JamfConnect;
using ProfileAsCode.Rules.Parsing;
using static ProfileAsCode.Rules.JamfConnect.JamfConnectKeys;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// The keys of a profile that talk to Entra ID, read from the rule engine's facts: the login window
/// (<c>com.jamf.connect.login</c> with OIDCProvider EntraID/Azure) and the menu bar / Self Service+
/// (<c>com.jamf.connect</c> with IdPSettings.Provider EntraID/Azure). ROPG keys of the login window
/// count only while ROPGProvider is not Custom (then AD FS checks the password, not Entra). Keys whose
/// value is not a known string are left out: what is not known is not checked.
/// </summary>
internal sealed class EntraProfile
{
    /// <summary>
    /// Every key of the login window <see cref="From"/> reads (the ones it keeps and the providers that decide
    /// whether it keeps them). The analyzer reuses the checks' results for profiles whose values of these keys
    /// are equal, so a key read here must be listed; a test holds the two together.
    /// </summary>
    public static readonly string[] LoginKeys =
    {
        OidcProvider, RopgProvider, OidcTenant, OidcClientId, OidcRedirectUri, JamfConnectKeys.OidcScopes, OidcAdmin, OidcAdminAttribute,
        OidcClientSecret, RopgTenant, OidcRopgId, JamfConnectKeys.RopgScopes, RopgClientSecret,
    };

    /// <summary>Every key of the menu bar (com.jamf.connect) <see cref="From"/> reads; see <see cref="LoginKeys"/>.</summary>
    public static readonly string[] MenuBarKeys =
    {
        MenuBarProvider, MenuBarTenantId, MenuBarRopgId, MenuBarSettingsPrefix + IdPSettings.OidcClientId, MenuBarSettingsPrefix + IdPSettings.RopgScopes, MenuBarClientSecret,
    };

    private EntraProfile()
    {
    }

    /// <summary>OIDCTenant, ROPGTenant, IdPSettings.TenantID.</summary>
    public List<KeyFact> Tenants { get; } = new();

    /// <summary>OIDCClientID of the login window: the client of the interactive sign-in.</summary>
    public KeyFact? InteractiveClientId { get; private set; }

    /// <summary>OIDCROPGID and IdPSettings.ROPGID: the clients of the ROPG password check.</summary>
    public List<KeyFact> RopgClientIds { get; } = new();

    /// <summary>Every client ID key (also IdPSettings.OIDCClientID).</summary>
    public List<KeyFact> ClientIds { get; } = new();

    public KeyFact? RedirectUri { get; private set; }

    /// <summary>ROPGScopes of the login window and of IdPSettings.</summary>
    public List<KeyFact> RopgScopeKeys { get; } = new();

    public KeyFact? InteractiveScopes { get; private set; }

    public KeyFact? Admin { get; private set; }

    public KeyFact? AdminAttribute { get; private set; }

    /// <summary>OIDCClientSecret, ROPGClientSecret, IdPSettings.ClientSecret: present, known or not.</summary>
    public List<KeyFact> Secrets { get; } = new();

    /// <summary>Whether the profile checks passwords with ROPG against Entra at all.</summary>
    public bool UsesRopg => RopgClientIds.Count > 0 || RopgScopeKeys.Count > 0;

    public bool IsEmpty => Tenants.Count == 0 && ClientIds.Count == 0 && RopgScopeKeys.Count == 0 && InteractiveScopes is null && Secrets.Count == 0 && RedirectUri is null && Admin is null;

    public static EntraProfile From(ProfileFacts profile)
    {
        var settings = new EntraProfile();
        foreach (var payload in profile.Payloads)
        {
            if (IsLogin(payload) && IdentityProviders.IsEntra(StringOf(payload, OidcProvider)))
            {
                settings.AddLogin(payload);
            }
            else if (IsMenuBar(payload) && IdentityProviders.IsEntra(StringOf(payload, MenuBarProvider)))
            {
                settings.AddMenuBar(payload);
            }
        }

        return settings;
    }

    private void AddLogin(PayloadFacts payload)
    {
        var ropgViaEntra = !IdentityProviders.Is(StringOf(payload, RopgProvider), IdentityProviders.Custom);
        AddKnown(Tenants, payload.Find(OidcTenant));
        InteractiveClientId ??= Known(payload.Find(OidcClientId));
        AddKnown(ClientIds, payload.Find(OidcClientId));
        RedirectUri ??= Known(payload.Find(OidcRedirectUri));
        InteractiveScopes ??= Known(payload.Find(JamfConnectKeys.OidcScopes));
        Admin ??= payload.Find(OidcAdmin) is { Value.IsKnown: true } admin ? admin : null;
        AdminAttribute ??= Known(payload.Find(OidcAdminAttribute));
        AddPresent(Secrets, payload.Find(OidcClientSecret));
        if (ropgViaEntra)
        {
            AddKnown(Tenants, payload.Find(RopgTenant));
            AddKnown(RopgClientIds, payload.Find(OidcRopgId));
            AddKnown(ClientIds, payload.Find(OidcRopgId));
            AddKnown(RopgScopeKeys, payload.Find(JamfConnectKeys.RopgScopes));
            AddPresent(Secrets, payload.Find(RopgClientSecret));
        }
    }

    private void AddMenuBar(PayloadFacts payload)
    {
        AddKnown(Tenants, payload.Find(MenuBarTenantId));
        AddKnown(RopgClientIds, payload.Find(MenuBarRopgId));
        AddKnown(ClientIds, payload.Find(MenuBarRopgId));
        AddKnown(ClientIds, payload.Find(MenuBarSettingsPrefix + IdPSettings.OidcClientId));
        AddKnown(RopgScopeKeys, payload.Find(MenuBarSettingsPrefix + IdPSettings.RopgScopes));
        AddPresent(Secrets, payload.Find(MenuBarClientSecret));
    }

    private static KeyFact? Known(KeyFact? key) => key?.Value.AsString is { Length: > 0 } ? key : null;

    private static void AddKnown(List<KeyFact> keys, KeyFact? key)
    {
        if (Known(key) is { } known)
        {
            keys.Add(known);
        }
    }

    private static void AddPresent(List<KeyFact> keys, KeyFact? key)
    {
        if (key is not null && (!key.Value.IsKnown || key.Value.AsString is { Length: > 0 }))
        {
            keys.Add(key);
        }
    }
}
