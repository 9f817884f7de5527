using ProfileAsCode.Rules;

namespace ProfileAsCode.Shapes;

/// <summary>
/// Reads the value-rule attributes of src/ProfileAsCode/Annotations/ValueRuleAttributes.cs ([EntraTenantId],
/// [ScopeList], …) into the rule engine's <see cref="ValueRule"/>s, ordered by <see cref="ValueRuleKind"/>:
/// metadata does not promise to keep attributes in source order, and the findings of one key must come
/// out in the same order in the editor and in the build.
/// </summary>
internal static class ValueRuleReader
{
    private const string ProviderKey = "ProviderKey";

    public static IReadOnlyList<ValueRule> Read(IReadOnlyList<AttributeRecord> propertyAttributes)
    {
        List<ValueRule>? rules = null;
        foreach (var attribute in propertyAttributes)
        {
            if (RuleOf(attribute) is { } rule)
            {
                (rules ??= new List<ValueRule>()).Add(rule);
            }
        }

        if (rules is null)
        {
            return Array.Empty<ValueRule>();
        }

        return rules.OrderBy(rule => rule.Kind).ToArray(); // OrderBy is stable
    }

    private static ValueRule? RuleOf(AttributeRecord attribute) => attribute.Name switch
    {
        "EntraTenantIdAttribute" => new ValueRule(ValueRuleKind.EntraTenantId, attribute.Named(ProviderKey) as string),
        "EntraClientIdAttribute" => new ValueRule(ValueRuleKind.EntraClientId, attribute.Named(ProviderKey) as string),
        "ScopeListAttribute" => new ValueRule(
            ValueRuleKind.ScopeList,
            attribute.Named(ProviderKey) as string,
            (ScopeUsage)(Number(attribute.Named("Usage")) ?? (int)ScopeUsage.Interactive),
            (ScopeSeparator)(Number(attribute.Named("Separator")) ?? (int)ScopeSeparator.Plus)),
        "AbsoluteUriAttribute" => new ValueRule(ValueRuleKind.AbsoluteUri, schemes: Strings(attribute.Argument(0))),
        "SecretAttribute" => new ValueRule(ValueRuleKind.Secret, attribute.Named(ProviderKey) as string),
        _ => null,
    };

    private static int? Number(object? constant) =>
        constant is null ? null : Convert.ToInt32(constant, System.Globalization.CultureInfo.InvariantCulture);

    // [AbsoluteUri("https", "ldaps")]: the params array; a null element is no scheme.
    private static IReadOnlyList<string> Strings(object? constant) =>
        constant is IReadOnlyList<object?> items ? items.OfType<string>().ToArray() : Array.Empty<string>();
}
