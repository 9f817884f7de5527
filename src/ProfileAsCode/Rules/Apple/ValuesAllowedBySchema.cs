using ProfileAsCode.Rules.Keys;

namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// PAC4002: a value outside the values Apple's schema allows for the key (its <c>rangelist</c>), for a single
/// value or for each item of an array. Enums of the generated records only write allowed values, so in C# this fires
/// for raw keys, casts of integer enums and values computed at build; in files for anything. A string that is one
/// edit away from exactly one allowed value gets it as a certain replacement ("did you mean").
/// A value of another type than the key's is PAC4006's, not this rule's; a key with a range besides its allowed values
/// (<c>0</c> or 1 to 180 minutes) is PAC4003's.
/// </summary>
internal static class ValuesAllowedBySchema
{
    public static void Check(ApplePayloadMatch match, List<Finding> findings) =>
        match.InEverySchema((schema, found) => OffendingValues.Find(match.Payload, schema, static spec => spec.AllowedValues.Count > 0, static (value, spec) => !IsAllowed(value, spec), (key, value, spec, item) => Outside(schema, key, value, spec, item), found), findings);

    /// <summary>Allowed, or of another type than the key's (then PAC4006 speaks).</summary>
    private static bool IsAllowed(object? value, AppleKeySchema spec)
    {
        if (value is null || !SameType(value, spec.Type) || spec.Minimum is not null || spec.Maximum is not null)
        {
            return true;
        }

        foreach (var allowed in spec.AllowedValues)
        {
            if (Equals(allowed, value) || (value is long number && allowed is double real && real.Equals(number)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameType(object value, ApplePlistType type) => type switch
    {
        ApplePlistType.String => value is string,
        ApplePlistType.Integer => value is long,
        ApplePlistType.Real => value is double or long,
        ApplePlistType.Boolean => value is bool,
        _ => false,
    };

    private static Finding Outside(ApplePayloadSchema schema, KeyFact key, object? value, AppleKeySchema spec, int? item)
    {
        var what = item is null ? $"{key.KeyPath} is {AppleValueText.Show(value)}" : $"Item {item + 1} of {key.KeyPath} is {AppleValueText.Show(value)}";
        var nearest = item is null && value is string text ? NearMiss(text, spec.AllowedValues) : null;
        var suggestion = nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
        return new Finding(
            RuleCatalog.AppleValueNotAllowed,
            $"{what}, which Apple's schema for {schema.PayloadType} does not allow: it takes {AppleValueText.List(spec.AllowedValues)}. A Mac ignores a value it does not know, or refuses the payload.{suggestion}",
            key.KeyPath,
            key.Origin,
            replacement: nearest,
            properties: nearest is null ? null : FindingProperties.Replace(key.KeyPath, nearest));
    }

    /// <summary>The one allowed string within one edit (case aside) of <paramref name="text"/>; null when none or several are.</summary>
    private static string? NearMiss(string text, IReadOnlyList<object> allowed)
    {
        string? found = null;
        foreach (var candidate in allowed)
        {
            if (candidate is string value && KeySuggestions.Distance(text, value) <= 1)
            {
                if (found is not null)
                {
                    return null;
                }

                found = value;
            }
        }

        return found;
    }
}
