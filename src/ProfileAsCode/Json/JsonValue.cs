namespace ProfileAsCode.Json;

// The value tree JsonReader produces: immutable, members in document order, nothing interpreted
// beyond RFC 8259. Compiled into the library and, linked as source, into the analyzer
// (netstandard2.0), so no APIs newer than netstandard2.0 and no dependencies.

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

internal abstract class JsonValue
{
    private protected JsonValue()
    {
    }

    public abstract JsonKind Kind { get; }

    /// <summary>The string, or null when this is not a string.</summary>
    public string? AsString => (this as JsonString)?.Value;

    /// <summary>The boolean, or null when this is neither <c>true</c> nor <c>false</c>.</summary>
    public bool? AsBoolean => Kind == JsonKind.True ? true : Kind == JsonKind.False ? false : null;

    public bool IsNull => Kind == JsonKind.Null;
}

/// <summary>One name/value pair of an object.</summary>
internal sealed class JsonMember
{
    public JsonMember(string name, JsonValue value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    public JsonValue Value { get; }
}

/// <summary>An object; no name occurs twice (the reader refuses duplicates).</summary>
internal sealed class JsonObject : JsonValue
{
    public JsonObject(IReadOnlyList<JsonMember> members)
    {
        Members = members;
    }

    public override JsonKind Kind => JsonKind.Object;

    public IReadOnlyList<JsonMember> Members { get; }

    /// <summary>The value of the member named exactly <paramref name="name"/>, or null.</summary>
    public JsonValue? Get(string name) => Find(name, StringComparison.Ordinal);

    /// <summary>
    /// The member named exactly <paramref name="name"/>, else the first whose name differs only in case
    /// (PowerShell's ConvertTo-Json writes <c>AppId</c> where Microsoft Graph writes <c>appId</c>).
    /// </summary>
    public JsonValue? GetIgnoringCase(string name) => Find(name, StringComparison.Ordinal) ?? Find(name, StringComparison.OrdinalIgnoreCase);

    private JsonValue? Find(string name, StringComparison comparison)
    {
        for (var i = 0; i < Members.Count; i++)
        {
            if (string.Equals(Members[i].Name, name, comparison))
            {
                return Members[i].Value;
            }
        }

        return null;
    }
}

internal sealed class JsonArray : JsonValue
{
    public JsonArray(IReadOnlyList<JsonValue> items)
    {
        Items = items;
    }

    public override JsonKind Kind => JsonKind.Array;

    public IReadOnlyList<JsonValue> Items { get; }
}

internal sealed class JsonString : JsonValue
{
    public JsonString(string value)
    {
        Value = value;
    }

    public override JsonKind Kind => JsonKind.String;

    /// <summary>The string with escapes resolved; always well-formed UTF-16 (no lone surrogates).</summary>
    public string Value { get; }
}

/// <summary>
/// A number, kept as its text: JSON numbers have no range, and exports carry GUIDs and codes, not
/// arithmetic. Converted on request only.
/// </summary>
internal sealed class JsonNumber : JsonValue
{
    public JsonNumber(string text)
    {
        Text = text;
    }

    public override JsonKind Kind => JsonKind.Number;

    /// <summary>The number exactly as written (RFC 8259 grammar).</summary>
    public string Text { get; }

    /// <summary>The value when it is an integer (no fraction, no exponent) that fits a long.</summary>
    public bool TryGetInt64(out long value) =>
        long.TryParse(Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);

    /// <summary>The value when it is finite as a double (.NET Framework fails on overflow, .NET returns infinity: both are refused).</summary>
    public bool TryGetDouble(out double value) =>
        double.TryParse(Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value)
        && !double.IsNaN(value) && !double.IsInfinity(value);
}

/// <summary><c>true</c>, <c>false</c> and <c>null</c>: one shared instance each.</summary>
internal sealed class JsonLiteral : JsonValue
{
    public static readonly JsonLiteral True = new(JsonKind.True);
    public static readonly JsonLiteral False = new(JsonKind.False);
    public static readonly JsonLiteral Null = new(JsonKind.Null);

    private readonly JsonKind kind;

    private JsonLiteral(JsonKind kind)
    {
        this.kind = kind;
    }

    public override JsonKind Kind => kind;
}
