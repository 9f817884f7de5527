using System.Reflection;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>The rule engine's <see cref="ValueRule"/>s a property asks for with value-rule attributes.</summary>
internal static class ValueRules
{
    public static IReadOnlyList<ValueRule> Of(PropertyInfo property)
    {
        var rules = new List<ValueRule>();
        foreach (var attribute in property.GetCustomAttributes(inherit: true))
        {
            ValueRule? rule = attribute switch
            {
                EntraTenantIdAttribute a => new ValueRule(ValueRuleKind.EntraTenantId, a.ProviderKey),
                EntraClientIdAttribute a => new ValueRule(ValueRuleKind.EntraClientId, a.ProviderKey),
                ScopeListAttribute a => new ValueRule(ValueRuleKind.ScopeList, a.ProviderKey, a.Usage, a.Separator),
                AbsoluteUriAttribute a => new ValueRule(ValueRuleKind.AbsoluteUri, schemes: a.Schemes),
                SecretAttribute a => new ValueRule(ValueRuleKind.Secret, a.ProviderKey),
                _ => null,
            };
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return rules.Count == 0 ? Array.Empty<ValueRule>() : rules.OrderBy(r => r.Kind).ToArray();
    }
}
