namespace ProfileAsCode.Analyzers.Tests.Infrastructure;

/// <summary>
/// Payload records the tests compile next to their sources: Jamf Connect-shaped records (the engine's
/// Jamf rules key off the domain and plist keys) and a custom domain whose rules come only from the
/// value-rule attributes, so the attribute reading is tested too.
/// </summary>
internal static class TestPayloads
{
    public const string Source = """
        using System.Collections.Generic;
        using ProfileAsCode;
        using ProfileAsCode.Rules;

        namespace TestPayloads;

        public enum Provider
        {
            [PayloadValue("EntraID")] EntraId,
            Okta,
            OktaIdentityEngine,
            Custom,
        }

        [PreferenceDomain("com.jamf.connect.login")]
        public sealed record Login
        {
            [PayloadKey("OIDCProvider")] public Provider? OidcProvider { get; init; }
            [PayloadKey("OIDCClientID"), EntraClientId(ProviderKey = "OIDCProvider")] public string? OidcClientId { get; init; }
            [PayloadKey("OIDCTenant"), EntraTenantId(ProviderKey = "OIDCProvider")] public string? OidcTenant { get; init; }
            [PayloadKey("OIDCROPGID"), EntraClientId(ProviderKey = "OIDCProvider")] public string? OidcRopgId { get; init; }
            [PayloadKey("ROPGTenant"), EntraTenantId(ProviderKey = "OIDCProvider")] public string? RopgTenant { get; init; }
            [PayloadKey("OIDCScopes"), ScopeList(ProviderKey = "OIDCProvider")] public string? OidcScopes { get; init; }
            [PayloadKey("ROPGScopes"), ScopeList(ProviderKey = "OIDCProvider", Usage = ScopeUsage.PasswordGrant)] public string? RopgScopes { get; init; }
            [PayloadKey("OIDCAdminAttribute")] public string? OidcAdminAttribute { get; init; }
            [PayloadKey("OIDCAdmin")] public IReadOnlyList<string>? OidcAdmin { get; init; }
            [PayloadKey("OIDCNewPassword")] public bool? OidcNewPassword { get; init; }
        }

        public sealed record IdPSettings
        {
            public Provider? Provider { get; init; }
            [PayloadKey("ROPGID"), EntraClientId(ProviderKey = "IdPSettings.Provider")] public string? RopgId { get; init; }
            [PayloadKey("TenantID"), EntraTenantId(ProviderKey = "IdPSettings.Provider")] public string? TenantId { get; init; }
        }

        [PreferenceDomain("com.jamf.connect")]
        public sealed record MenuBar
        {
            public IdPSettings? IdPSettings { get; init; }
        }

        /// <summary>No Jamf rules apply to this domain: only the attributes say what to check.</summary>
        [PreferenceDomain("com.example.signin")]
        public sealed record SignIn
        {
            [PayloadKey("Tenant"), EntraTenantId] public string? Tenant { get; init; }
            [PayloadKey("Scopes"), ScopeList(Separator = ScopeSeparator.Space)] public string? Scopes { get; init; }
            [PayloadKey("Portal"), AbsoluteUri("https")] public string? Portal { get; init; }
            [PayloadKey("Secret"), Secret] public string? ClientSecret { get; init; }
            [PayloadKey("Retries")] public int Retries { get; init; }
        }

        /// <summary>A positional payload record.</summary>
        [PreferenceDomain("com.example.tenant")]
        public sealed record TenantOnly([property: PayloadKey("Tenant"), EntraTenantId] string? Tenant, [property: PayloadKey("Name")] string? Name = null);
        """;
}
