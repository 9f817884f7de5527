using System.Runtime.CompilerServices;
using ProfileAsCode.Rules.JamfConnect;
using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1005: every Entra tenant of a profile names the same tenant (OIDCTenant, ROPGTenant,
/// IdPSettings.TenantID, or any key with an Entra tenant rule). Only GUIDs are compared; other forms are
/// PAC1001–PAC1004's. A key whose provider is not Entra (ROPGTenant while ROPGProvider is Custom, AD FS) is
/// not an Entra tenant. The first tenant seen is the reference; later ones that differ are reported.
/// Within a payload from <see cref="RuleEngine.CheckPayload(PayloadFacts, RuleContext?)"/>, across payloads from CheckProfile.
/// </summary>
internal static class TenantsMustAgree
{
    public static void CheckPayload(PayloadFacts payload, List<Finding> findings) => Report(Tenants(payload, firstOnly: false), acrossPayloads: false, findings);

    public static void CheckProfile(ProfileFacts profile, List<Finding> findings)
    {
        // The first tenant of each payload: differences inside one payload were reported by CheckPayload.
        var firsts = new List<Tenant>();
        foreach (var payload in profile.Payloads)
        {
            firsts.AddRange(Tenants(payload, firstOnly: true));
        }

        Report(firsts, acrossPayloads: true, findings);
    }

    private static void Report(List<Tenant> tenants, bool acrossPayloads, List<Finding> findings)
    {
        if (tenants.Count < 2)
        {
            return;
        }

        var reference = tenants[0];
        foreach (var other in tenants)
        {
            if (other.Guid == reference.Guid)
            {
                continue;
            }

            var where = acrossPayloads ? " in another payload of this profile" : string.Empty;
            findings.Add(new Finding(
                RuleCatalog.TenantsDisagree,
                $"{other.Key.KeyPath} '{other.Key.Value.AsString}' names a different tenant than {reference.Key.KeyPath} '{reference.Key.Value.AsString}'{where}. Jamf Connect signs users in to one tenant and verifies their passwords in another, so the password check fails with AADSTS700016 (app not in that tenant) or AADSTS50126. Use the same tenant GUID everywhere.",
                other.Key.KeyPath,
                other.Key.Origin,
                properties: new Dictionary<string, string?> { [FindingProperties.OtherKey] = reference.Key.KeyPath, [FindingProperties.Value] = reference.Key.Value.AsString }));
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static List<Tenant> Tenants(PayloadFacts payload, bool firstOnly)
    {
        var tenants = new List<Tenant>();
        foreach (var key in payload.Keys)
        {
            // The cheap tests first: most keys of a payload are not tenants.
            var text = key.Value.AsString;
            var rule = text is null ? null : TenantRule(DefaultValueRules.For(payload, key));
            var guid = rule is null ? null : Guids.TryNormalize(text!);
            if (guid is null)
            {
                continue;
            }

            // A tenant of a password check that goes to AD FS (ROPGProvider Custom) is not an Entra tenant.
            if (rule!.ProviderKey is null || IdentityProviders.IsEntra(JamfConnectKeys.ProviderOf(payload, key.KeyPath, rule.ProviderKey)))
            {
                tenants.Add(new Tenant(key, guid));
                if (firstOnly)
                {
                    break;
                }
            }
        }

        return tenants;
    }

    private static ValueRule? TenantRule(IReadOnlyList<ValueRule> rules)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Kind == ValueRuleKind.EntraTenantId)
            {
                return rules[i];
            }
        }

        return null;
    }

    private sealed class Tenant
    {
        public Tenant(KeyFact key, string guid)
        {
            Key = key;
            Guid = guid;
        }

        public KeyFact Key { get; }

        public string Guid { get; }
    }
}
