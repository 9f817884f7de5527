using AppleSchemaGenerator.Model;

namespace AppleSchemaGenerator.Records;

/// <summary>A C# type a generated property has (always written nullable: null means "not set").</summary>
internal abstract record CsType
{
    public abstract string Render();

    public abstract bool IsValueType { get; }

    /// <summary>The property type: <c>T?</c>.</summary>
    public string RenderNullable() => Render() + "?";
}

internal sealed record ScalarType(string Name, bool IsValue) : CsType
{
    public static readonly ScalarType String = new("string", false);
    public static readonly ScalarType Integer = new("long", true);
    public static readonly ScalarType Real = new("double", true);
    public static readonly ScalarType Boolean = new("bool", true);
    public static readonly ScalarType Date = new("DateTimeOffset", true);
    public static readonly ScalarType Data = new("byte[]", false);

    /// <summary><c>&lt;any&gt;</c>: any plist value, written as it is.</summary>
    public static readonly ScalarType Any = new("PlistValue", false);

    public override bool IsValueType => IsValue;

    public override string Render() => Name;
}

internal sealed record EnumRef(EnumDef Enum) : CsType
{
    public override bool IsValueType => true;

    public override string Render() => Enum.Name;
}

internal sealed record RecordRef(RecordDef Record) : CsType
{
    public override bool IsValueType => false;

    public override string Render() => Record.Name;
}

internal sealed record ListType(CsType Element) : CsType
{
    public override bool IsValueType => false;

    public override string Render() => $"IReadOnlyList<{Element.Render()}>";
}

internal sealed record MapType(CsType Value) : CsType
{
    public override bool IsValueType => false;

    public override string Render() => $"IReadOnlyDictionary<string, {Value.Render()}>";
}

/// <summary>One generated property: a schema key.</summary>
internal sealed class PropertyDef(string name, KeyNode key, CsType type)
{
    public string Name { get; } = name;

    public KeyNode Key { get; } = key;

    public CsType Type { get; } = type;
}

/// <summary>A generated record: a payload, or a dictionary inside one (nested in the payload's record).</summary>
internal sealed class RecordDef(string name, KeyNode? source)
{
    public string Name { get; set; } = name;

    /// <summary>The dictionary's schema node; null for a payload record.</summary>
    public KeyNode? Source { get; } = source;

    public List<PropertyDef> Properties { get; } = [];

    /// <summary>Where the record is used (<c>NotificationSettings</c> items), for its doc comment; first use first.</summary>
    public List<(string How, string Key)> UsedBy { get; } = [];
}

/// <summary>A generated enum: a key's allowed values (<c>rangelist</c>).</summary>
internal sealed class EnumDef(string name, bool isInteger, IReadOnlyList<(string Member, string Value)> members)
{
    public string Name { get; set; } = name;

    /// <summary>Written as plist integers (the member's numeric value) rather than strings.</summary>
    public bool IsInteger { get; } = isInteger;

    public IReadOnlyList<(string Member, string Value)> Members { get; } = members;

    /// <summary>The schema keys whose values these are, for its doc comment; first use first.</summary>
    public List<string> UsedBy { get; } = [];
}

/// <summary>Everything generated for one payload schema.</summary>
internal sealed class PayloadRecords(PayloadSchema schema, RecordDef payload)
{
    public PayloadSchema Schema { get; } = schema;

    public RecordDef Payload { get; } = payload;

    /// <summary>Nested records and enums, in the order they were first met.</summary>
    public List<object> NestedTypes { get; } = [];

    /// <summary>Properties of the payload record and of each nested record (each counted once).</summary>
    public int KeyCount => Payload.Properties.Count + NestedTypes.OfType<RecordDef>().Sum(r => r.Properties.Count);
}
