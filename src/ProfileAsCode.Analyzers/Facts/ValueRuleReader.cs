using Microsoft.CodeAnalysis;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>Reads the value-rule attributes ([EntraTenantId], [ScopeList], …) of a property into the engine's <see cref="ValueRule"/>s.</summary>
internal static class ValueRuleReader
{
    public static IReadOnlyList<ValueRule> Read(ProfileAsCodeSymbols symbols, IPropertySymbol property)
    {
        var rules = new List<ValueRule>();
        foreach (var attribute in property.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, symbols.EntraTenantId))
            {
                rules.Add(new ValueRule(ValueRuleKind.EntraTenantId, Named<string>(attribute, "ProviderKey")));
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.EntraClientId))
            {
                rules.Add(new ValueRule(ValueRuleKind.EntraClientId, Named<string>(attribute, "ProviderKey")));
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.ScopeList))
            {
                rules.Add(new ValueRule(
                    ValueRuleKind.ScopeList,
                    Named<string>(attribute, "ProviderKey"),
                    (ScopeUsage)(Named<int?>(attribute, "Usage") ?? (int)ScopeUsage.Interactive),
                    (ScopeSeparator)(Named<int?>(attribute, "Separator") ?? (int)ScopeSeparator.Plus)));
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.AbsoluteUri))
            {
                rules.Add(new ValueRule(ValueRuleKind.AbsoluteUri, schemes: Schemes(attribute)));
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.Secret))
            {
                rules.Add(new ValueRule(ValueRuleKind.Secret, Named<string>(attribute, "ProviderKey")));
            }
        }

        return rules;
    }

    private static T? Named<T>(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is T value)
            {
                return value;
            }
        }

        return default;
    }

    private static IReadOnlyList<string> Schemes(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Kind != TypedConstantKind.Array)
        {
            return Array.Empty<string>();
        }

        var schemes = new List<string>();
        foreach (var item in attribute.ConstructorArguments[0].Values)
        {
            if (item.Value is string scheme)
            {
                schemes.Add(scheme);
            }
        }

        return schemes;
    }
}
