namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// Value rules for Jamf Connect keys that arrive without any (raw keys, facts read from an existing plist).
/// The typed records carry the same rules as attributes; a key with its own rules never uses these.
/// </summary>
internal static class DefaultValueRules
{
    private static readonly string[] WebSchemes = { "https", "http" };

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
        [JamfConnectKeys.OidcDiscoveryUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri) },
        [JamfConnectKeys.RopgDiscoveryUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri) },
        [JamfConnectKeys.ChangePasswordUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.HelpUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.OidcClientSecret] = new[] { new ValueRule(ValueRuleKind.Secret, JamfConnectKeys.OidcProvider) },
        [JamfConnectKeys.RopgClientSecret] = new[] { new ValueRule(ValueRuleKind.Secret, JamfConnectKeys.OidcProvider) },
    };

    private static readonly Dictionary<string, ValueRule[]> MenuBar = new(StringComparer.Ordinal)
    {
        [JamfConnectKeys.MenuBarTenantId] = new[] { new ValueRule(ValueRuleKind.EntraTenantId, JamfConnectKeys.MenuBarProvider) },
        [JamfConnectKeys.MenuBarRopgId] = new[] { new ValueRule(ValueRuleKind.EntraClientId, JamfConnectKeys.MenuBarProvider) },
        [JamfConnectKeys.MenuBarDiscoveryUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri) },
        [JamfConnectKeys.MenuBarChangePasswordUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.MenuBarResetPasswordUrl] = new[] { new ValueRule(ValueRuleKind.AbsoluteUri, schemes: WebSchemes) },
        [JamfConnectKeys.MenuBarClientSecret] = new[] { new ValueRule(ValueRuleKind.Secret, JamfConnectKeys.MenuBarProvider) },
    };

    /// <summary>The key's own rules, or the Jamf Connect defaults for it when it has none.</summary>
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
