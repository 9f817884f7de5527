using System.Globalization;

namespace ProfileAsCode.Rules.Apple;

/// <summary>Fact values and schema values as messages show them, and compared the way the schema table writes them.</summary>
internal static class AppleValueText
{
    /// <summary><c>'text'</c> for strings, <c>true</c>/<c>false</c>, numbers in invariant form.</summary>
    public static string Show(object? value) => value switch
    {
        string text => "'" + text + "'",
        bool flag => flag ? "true" : "false",
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        null => "nothing",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A list of allowed values: <c>'a', 'b' or 'c'</c>.</summary>
    public static string List(IReadOnlyList<object> values)
    {
        if (values.Count == 1)
        {
            return Show(values[0]);
        }

        return string.Join(", ", values.Take(values.Count - 1).Select(Show)) + " or " + Show(values[values.Count - 1]);
    }

    /// <summary>Whether a known fact value is what the schema table writes as <paramref name="schemaText"/> (<c>true</c>, <c>1.3</c>, <c>HTTPS</c>).</summary>
    public static bool Is(FactValue value, string schemaText) => value.Value switch
    {
        string text => text == schemaText,
        bool flag => (flag ? "true" : "false") == schemaText,
        long number => number.ToString(CultureInfo.InvariantCulture) == schemaText,
        double real => double.TryParse(schemaText, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected) && real.Equals(expected),
        _ => false,
    };

    /// <summary>The schema type in words: "a string", "an array".</summary>
    public static string TypeName(ApplePlistType type) => Keys.PlistTypes.WithArticle(AppleKeyTable.TypeOf(type));
}
