using System.Runtime.CompilerServices;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// Value rules for Jamf Connect keys that arrive without any (raw keys, facts read from an existing plist).
/// The typed records carry the same rules as attributes; a key with its own rules never uses these.
/// </summary>
internal static class DefaultValueRules
{
    private static readonly string[] WebSchemes = { "https", "http" };
    private static readonly string[] HttpsOnly = { "https" };

    private static readonly Dictionary<string, ValueRule[]> Login = new(StringComparer.Ordinal)
    {
        [JamfConnectKeys.OidcTenant] = new[] { new ValueRule(ValueRuleKind.EntraTenantId, JamfConnectKeys.OidcProvider) },
        [JamfConnectKeys.RopgTenant] = new[] { new ValueRule(ValueRuleKind.EntraTenantId, JamfConnectKeys.OidcProvider) },
        [JamfConnectKeys.OidcClientId] = new[] { new ValueRule(ValueRuleKind.EntraClientId, JamfConnectKeys.OidcProvider) },
        [JamfConnectKeys.OidcRopgId] = new[] { new ValueRule(ValueRuleKind.EntraClientId, JamfConnectKeys.OidcProvider) },
        [JamfConnectKeys.OidcScopes] = new[] { new ValueRule(ValueRuleKind.ScopeList, JamfConnectKeys.OidcProvider, ScopeUsage.Interactive) },
        [JamfConnectKeys.RopgScopes] = new[] { new ValueRule(ValueRuleKind.ScopeList, JamfConnectKeys.OidcProvider, ScopeUsage.PasswordGrant) },
        [JamfConnectKeys.OidcRedirectUri] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.RopgRedirectUri] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.OidcDiscoveryUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: HttpsOnly) },
        [JamfConnectKeys.RopgDiscoveryUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: HttpsOnly) },
        [JamfConnectKeys.ChangePasswordUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.HelpUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.OidcClientSecret] = new[] { new ValueRule(ValueRuleKind.Secret, JamfConnectKeys.OidcProvider) },
        [JamfConnectKeys.RopgClientSecret] = new[] { new ValueRule(ValueRuleKind.Secret, JamfConnectKeys.OidcProvider) },

        // PAM (sudo / authorization UI) sign-in, with its own provider key (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload).
        [JamfConnectKeys.AuthUiOidcClientId] = new[] { new ValueRule(ValueRuleKind.EntraClientId, JamfConnectKeys.AuthUiOidcProvider) },
        [JamfConnectKeys.AuthUiOidcTenant] = new[] { new ValueRule(ValueRuleKind.EntraTenantId, JamfConnectKeys.AuthUiOidcProvider) },
        [JamfConnectKeys.AuthUiOidcRedirectUri] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.AuthUiOidcDiscoveryUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: HttpsOnly) },
        [JamfConnectKeys.AuthUiOidcClientSecret] = new[] { new ValueRule(ValueRuleKind.Secret, JamfConnectKeys.AuthUiOidcProvider) },
    };

    private static readonly Dictionary<string, ValueRule[]> MenuBar = new(StringComparer.Ordinal)
    {
        [JamfConnectKeys.MenuBarTenantId] = new[] { new ValueRule(ValueRuleKind.EntraTenantId, JamfConnectKeys.MenuBarProvider) },
        [JamfConnectKeys.MenuBarRopgId] = new[] { new ValueRule(ValueRuleKind.EntraClientId, JamfConnectKeys.MenuBarProvider) },
        [JamfConnectKeys.MenuBarDiscoveryUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: HttpsOnly) },
        [JamfConnectKeys.MenuBarChangePasswordUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.MenuBarResetPasswordUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.MenuBarClientSecret] = new[] { new ValueRule(ValueRuleKind.Secret, JamfConnectKeys.MenuBarProvider) },

        // Key location UNCERTAIN; checked where the typed record puts it.
        [JamfConnectKeys.MenuBarSettingsPrefix + JamfConnectKeys.IdPSettings.RopgScopes] = new[] { new ValueRule(ValueRuleKind.ScopeList, JamfConnectKeys.MenuBarProvider, ScopeUsage.PasswordGrant) },
        [JamfConnectKeys.MenuBarSettingsPrefix + JamfConnectKeys.IdPSettings.OidcClientId] = new[] { new ValueRule(ValueRuleKind.EntraClientId, JamfConnectKeys.MenuBarProvider) },
    };

    /// <summary>The key's own rules, or the Jamf Connect defaults for it when it has none.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static IReadOnlyList<ValueRule> For(PayloadFacts payload, KeyFact key)
    {
        if (key.Rules.Count > 0)
        {
            return key.Rules;
        }

        var table = JamfConnectKeys.IsLogin(payload) ? Login : JamfConnectKeys.IsMenuBar(payload) ? MenuBar : null;
        return table is not null && table.TryGetValue(key.KeyPath, out var rules) ? rules : key.Rules;
    }
}
