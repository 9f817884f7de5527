namespace ProfileAsCode.Rules.Keys;

/// <summary>The property-list type a key holds (Apple, "About Property Lists": string, boolean, integer, real, date, data, array, dictionary).</summary>
internal enum PlistType
{
    String,
    Boolean,
    Integer,
    Real,
    Date,
    Data,
    Array,
    Dictionary,

    /// <summary>Not known (the documentation does not say): not compared.</summary>
    Any,
}

internal static class PlistTypes
{
    /// <summary>"a string", "an array", … for messages.</summary>
    public static string WithArticle(PlistType type) => type switch
    {
        PlistType.String => "a string",
        PlistType.Boolean => "a boolean",
        PlistType.Integer => "an integer",
        PlistType.Real => "a real number",
        PlistType.Date => "a date",
        PlistType.Data => "data",
        PlistType.Array => "an array",
        PlistType.Dictionary => "a dictionary",
        _ => "any value",
    };

    /// <summary>The type of a known fact value; null when not known or not told apart (dates, data).</summary>
    public static PlistType? Of(FactValue value) => value.IsKnown
        ? value.Value switch
        {
            string => PlistType.String,
            bool => PlistType.Boolean,
            long => PlistType.Integer,
            double => PlistType.Real,
            IReadOnlyList<FactValue> => PlistType.Array,
            _ => null,
        }
        : null;

    /// <summary>A value of <paramref name="actual"/> serves where <paramref name="expected"/> is read (an integer where a real is).</summary>
    public static bool Fits(PlistType actual, PlistType expected) =>
        expected == PlistType.Any || actual == expected || (expected == PlistType.Real && actual == PlistType.Integer);
}
