namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// PAC4003: a number outside the range Apple's schema gives the key (its <c>range</c>: <c>min</c>, <c>max</c>), for a
/// single value or each item of an array of numbers. A key may also take a few values outside its range (Energy
/// Saver's timers: 0 for never, else 1 to 180 minutes): those are not reported. Values of another type are PAC4006's.
/// </summary>
internal static class NumbersWithinSchemaRange
{
    public static void Check(ApplePayloadMatch match, List<Finding> findings) =>
        match.InEverySchema((schema, found) => OffendingValues.Find(match.Payload, schema, HasRange, Offends, (key, value, spec, item) => Outside(schema, key, value!, spec, item), found), findings);

    private static bool HasRange(AppleKeySchema spec) =>
        (spec.Minimum is not null || spec.Maximum is not null) && spec.Type is ApplePlistType.Integer or ApplePlistType.Real;

    private static bool Offends(object? value, AppleKeySchema spec) => Number(value) is { } number && !Within(number, spec);

    private static double? Number(object? value) => value switch
    {
        long number => number,
        double real => real,
        _ => null,
    };

    private static bool Within(double number, AppleKeySchema spec) =>
        ((spec.Minimum is not { } min || number >= min) && (spec.Maximum is not { } max || number <= max))
        || spec.AllowedValues.Any(allowed => allowed is long value ? value == number : allowed is double real && real.Equals(number));

    private static Finding Outside(ApplePayloadSchema schema, KeyFact key, object value, AppleKeySchema spec, int? item)
    {
        var what = item is null ? $"{key.KeyPath} is {AppleValueText.Show(value)}" : $"Item {item + 1} of {key.KeyPath} is {AppleValueText.Show(value)}";
        return new Finding(
            RuleCatalog.AppleNumberOutOfRange,
            $"{what}, outside the range Apple's schema for {schema.PayloadType} gives it ({Range(spec)}). A Mac does not apply a value out of range as written. Use a number {Range(spec)}.",
            key.KeyPath,
            key.Origin);
    }

    private static string Range(AppleKeySchema spec) => (spec.Minimum, spec.Maximum) switch
    {
        ({ } min, { } max) => $"from {AppleValueText.Show(min)} to {AppleValueText.Show(max)}",
        ({ } min, null) => $"of at least {AppleValueText.Show(min)}",
        (null, { } max) => $"of at most {AppleValueText.Show(max)}",
        _ => string.Empty,
    } + (spec.AllowedValues.Count == 0 ? string.Empty : ", or " + AppleValueText.List(spec.AllowedValues));
}
