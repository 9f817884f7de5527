using ProfileAsCode.Rules;

namespace ProfileAsCode.Tests.Rules;

/// <summary>Builds rule-engine facts the way the analyzer and the build host do, in test-sized pieces.</summary>
internal static class Facts
{
    public const string LoginDomain = "com.jamf.connect.login";
    public const string MenuBarDomain = "com.jamf.connect";

    public const string TenantGuid = "9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
    public const string OidcAppGuid = "1b2c3d4e-5f60-4718-9a0b-c1d2e3f40516";
    public const string ApiAppGuid = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819";

    public static KeyFact Key(string path, string value, params ValueRule[] rules) => new(path, FactValue.Of(value), rules, origin: path);

    public static KeyFact Key(string path, bool value) => new(path, FactValue.Of(value), origin: path);

    public static KeyFact Key(string path, string[] values) => new(path, FactValue.Of(values.Select(FactValue.Of).ToList()), origin: path);

    public static KeyFact Unknown(string path, params ValueRule[] rules) => new(path, FactValue.Unknown, rules, origin: path);

    public static KeyFact Key(string path, long value) => new(path, FactValue.Of(value), origin: path);

    public static KeyFact Key(string path, double value) => new(path, FactValue.Of(value), origin: path);

    public static KeyFact Key(string path, long[] values) => new(path, FactValue.Of(values.Select(FactValue.Of).ToList()), origin: path);

    /// <summary>An Apple payload's facts (<see cref="PayloadKind.ApplePayload"/>), as the builder makes them for an [ApplePayload] record.</summary>
    public static PayloadFacts ApplePayload(string payloadType, params KeyFact[] keys) => new(payloadType, keys, origin: payloadType, kind: PayloadKind.ApplePayload);

    public static ProfileFacts Profile(string? minimumMacOS, PayloadScope? scope, params PayloadFacts[] payloads) =>
        new("com.contoso.mac", payloads, origin: "profile", minimumMacOS: minimumMacOS, scope: scope);

    public static PayloadFacts Login(params KeyFact[] keys) => new(LoginDomain, keys, origin: LoginDomain);

    public static PayloadFacts MenuBar(params KeyFact[] keys) => new(MenuBarDomain, keys, origin: MenuBarDomain);

    public static PayloadFacts Payload(string domain, params KeyFact[] keys) => new(domain, keys, origin: domain);

    public static ProfileFacts Profile(params PayloadFacts[] payloads) => new("com.contoso.jamfconnect", payloads, origin: "profile");

    public static ValueRule Tenant(string? providerKey = null) => new(ValueRuleKind.EntraTenantId, providerKey);

    public static ValueRule Client(string? providerKey = null) => new(ValueRuleKind.EntraClientId, providerKey);

    public static ValueRule Scopes(ScopeUsage usage = ScopeUsage.Interactive, string? providerKey = null, ScopeSeparator separator = ScopeSeparator.Plus) =>
        new(ValueRuleKind.ScopeList, providerKey, usage, separator);

    public static ValueRule Uri(params string[] schemes) => new(ValueRuleKind.AbsoluteUri, schemes: schemes);

    public static ValueRule Secret(string? providerKey = null) => new(ValueRuleKind.Secret, providerKey);

    /// <summary>One custom key carrying one rule, checked alone.</summary>
    public static IReadOnlyList<Finding> CheckValue(string value, ValueRule rule, RuleContext? context = null) =>
        RuleEngine.CheckPayload(Payload("com.example.app", Key("Value", value, rule)), context);

    public static IReadOnlyList<string> Ids(this IEnumerable<Finding> findings) => findings.Select(f => f.Rule.Id).ToList();

    public static Finding Single(this IEnumerable<Finding> findings, string id) => Assert.Single(findings, f => f.Rule.Id == id);

    /// <summary>The Entra ROPG + MFA profile of the architecture note, written correctly.</summary>
    public static ProfileFacts EntraRopgScenario(params KeyFact[] loginOverrides)
    {
        var login = new List<KeyFact>
        {
            Key("OIDCProvider", "EntraID"),
            Key("OIDCClientID", OidcAppGuid),
            Key("OIDCRedirectURI", "https://127.0.0.1/jamfconnect"),
            Key("OIDCTenant", TenantGuid),
            Key("OIDCAdminAttribute", "roles"),
            Key("OIDCAdmin", new[] { "admin" }),
            Key("OIDCROPGID", OidcAppGuid),
            Key("ROPGTenant", TenantGuid),
            Key("ROPGScopes", $"api://{ApiAppGuid}/jamfconnect+openid+email+profile"),
        };
        foreach (var replacement in loginOverrides)
        {
            login.RemoveAll(k => k.KeyPath == replacement.KeyPath);
            login.Add(replacement);
        }

        return Profile(
            Login(login.ToArray()),
            MenuBar(Key("IdPSettings.Provider", "EntraID"), Key("IdPSettings.ROPGID", OidcAppGuid), Key("IdPSettings.TenantID", TenantGuid)));
    }
}
