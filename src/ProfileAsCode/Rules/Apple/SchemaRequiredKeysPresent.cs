using System.Runtime.CompilerServices;
namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// PAC4001: a key Apple's schema requires is missing from an Apple payload — at the payload's top and in every
/// dictionary the payload writes (array items included). The schema's <c>presence</c> is taken as the reviewed
/// exceptions correct it (eng/AppleSchemaGenerator/EXCEPTIONS.md): a key that is one of two alternatives (PPPC's
/// <c>Allowed</c> or <c>Authorization</c>) or needed only in some configurations is judged by that rule, never as
/// plainly required. A key the schema requires is an error; a key only Apple's description asks for (the schema
/// marks it optional) is a warning, since nothing says a Mac refuses the payload without it.
/// </summary>
internal static class SchemaRequiredKeysPresent
{
    public static void Check(ApplePayloadMatch match, List<Finding> findings) =>
        match.InEverySchema((schema, found) => Check(match, schema, found), findings);

    [MethodImpl(HotPath.Optimized)]
    private static void Check(ApplePayloadMatch match, ApplePayloadSchema schema, List<Finding> findings)
    {
        CheckDictionary(match, schema, schema.Root, string.Empty, findings);

        // Every dictionary the payload writes (a nested record, an item of a list of records) has its own required keys.
        var dictionaries = new List<(string Prefix, AppleKeyChildren Children)>();
        foreach (var path in match.Present)
        {
            if (path.Length > 0 && schema.FindKey(path) is { Type: ApplePlistType.Dictionary, Children: { HasPresenceRules: true } children })
            {
                dictionaries.Add((path, children));
            }
        }

        if (dictionaries.Count > 1)
        {
            dictionaries.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix)); // a stable order, whatever the set's
        }
        foreach (var (prefix, children) in dictionaries)
        {
            CheckDictionary(match, schema, children, prefix, findings);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void CheckDictionary(ApplePayloadMatch match, ApplePayloadSchema schema, AppleKeyChildren level, string prefix, List<Finding> findings)
    {
        var at = prefix.Length == 0 ? string.Empty : prefix + ".";
        foreach (var key in level.Keys)
        {
            if (key.IsRequired && !key.IsArrayItem && !key.IsWildcard && key.MacOS.IsOnMacOS && !IsConstrained(level, key.Name) && !match.Present.Contains(at + key.Name))
            {
                findings.Add(new Finding(
                    RuleCatalog.AppleRequiredKeyMissing,
                    $"{at + key.Name} is missing: Apple's schema for {schema.PayloadType} requires it ({AppleValueText.TypeName(key.Type)}), and a payload without a required key is incomplete and may not install. Set it (see {schema.DocumentationUrl}).",
                    at + key.Name,
                    match.OriginOf(prefix)));
            }
        }

        foreach (var constraint in level.Constraints)
        {
            CheckConstraint(match, level, constraint, at, prefix, findings);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void CheckConstraint(ApplePayloadMatch match, AppleKeyChildren level, AppleKeyConstraint constraint, string at, string prefix, List<Finding> findings)
    {
        var severity = constraint.AddsRequirement ? RuleSeverity.Warning : RuleSeverity.Error;
        var missing = new List<string>(constraint.Keys.Count);
        foreach (var key in constraint.Keys)
        {
            if (!match.Present.Contains(at + key))
            {
                missing.Add(key);
            }
        }

        var source = "Apple's description, " + constraint.DocumentationUrl;
        switch (constraint.Kind)
        {
            case AppleConstraintKind.ExactlyOneOf when missing.Count == constraint.Keys.Count:
                Add($"{Names(prefix)} has none of {And(constraint.Keys)}: exactly one of them is needed ({source}). Set one.", at + constraint.Keys[0]);
                break;
            case AppleConstraintKind.AtLeastOneOf when missing.Count == constraint.Keys.Count:
                Add($"{Names(prefix)} has none of {And(constraint.Keys)}: at least one of them is needed ({source}). Set one.", at + constraint.Keys[0]);
                break;
            case AppleConstraintKind.AllOrNone when missing.Count > 0 && missing.Count < constraint.Keys.Count:
                foreach (var key in missing)
                {
                    Add($"{at + key} is missing: {And(constraint.Keys)} are given together or not at all ({source}). Set it, or remove the others.", at + key);
                }

                break;
            case AppleConstraintKind.RequiredWhen when missing.Count == 1 && WhenHolds(match, level, at, constraint) is { } when && when.Holds:
                Add($"{at + constraint.Keys[0]} is missing although {when.Text}: it is needed then ({source}). Set it.", at + constraint.Keys[0]);
                break;
            case AppleConstraintKind.RequiredUnless when missing.Count == 1 && WhenHolds(match, level, at, constraint) is { } unless && !unless.Holds:
                Add($"{at + constraint.Keys[0]} is missing and {unless.Negated}: it is needed unless {constraint.WhenKey} is {constraint.WhenValue} ({source}). Set it.", at + constraint.Keys[0]);
                break;
            case AppleConstraintKind.RequiredOnMacOS when missing.Count == 1:
                Add($"{at + constraint.Keys[0]} is missing: macOS needs it, though other platforms do not ({source}). Set it.", at + constraint.Keys[0]);
                break;
        }

        void Add(string message, string keyPath) =>
            findings.Add(new Finding(RuleCatalog.AppleRequiredKeyMissing, message, keyPath, match.OriginOf(prefix), severity: severity));
    }

    /// <summary>Whether the condition of a <c>when</c>/<c>unless</c> rule holds; null when its key's value is not known.</summary>
    private static Condition? WhenHolds(ApplePayloadMatch match, AppleKeyChildren level, string at, AppleKeyConstraint constraint)
    {
        var whenPath = at + constraint.WhenKey;
        if (!match.Present.Contains(whenPath))
        {
            // Not set: the key's default, where the schema gives one (ProxyType is Manual unless set).
            var holds = constraint.WhenValue is not null && level.Find(constraint.WhenKey!)?.Default is { } fallback && AppleValueText.Is(FactValueOf(fallback), constraint.WhenValue);
            var text = holds ? $"{whenPath} is not set, so it is {constraint.WhenValue} (its default)" : $"{whenPath} is not set";
            return new Condition(holds, text, text);
        }

        if (constraint.WhenValue is null)
        {
            return new Condition(true, $"{whenPath} is set", $"{whenPath} is set");
        }

        if (match.Fact(whenPath)?.Value is not { IsKnown: true } value)
        {
            return null;
        }

        return new Condition(AppleValueText.Is(value, constraint.WhenValue), $"{whenPath} is {AppleValueText.Show(value.Value)}", $"{whenPath} is {AppleValueText.Show(value.Value)}");
    }

    private static FactValue FactValueOf(object value) => value switch
    {
        bool flag => FactValue.Of(flag),
        long number => FactValue.Of(number),
        double real => FactValue.Of(real),
        _ => FactValue.Of(value.ToString() ?? string.Empty),
    };

    [MethodImpl(HotPath.Optimized)]
    private static bool IsConstrained(AppleKeyChildren level, string name)
    {
        foreach (var constraint in level.Constraints)
        {
            foreach (var key in constraint.Keys)
            {
                if (key == name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Names(string prefix) => prefix.Length == 0 ? "The payload" : prefix;

    private static string And(IReadOnlyList<string> keys) => string.Join(" and ", keys);

    private sealed class Condition(bool holds, string text, string negated)
    {
        public bool Holds { get; } = holds;

        public string Text { get; } = text;

        public string Negated { get; } = negated;
    }
}
