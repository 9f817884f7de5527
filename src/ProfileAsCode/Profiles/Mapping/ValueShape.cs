using System.Reflection;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>How values of one .NET type become plist values; decided once per type.</summary>
internal abstract class ValueShape
{
    /// <summary>Whether the type's values are written as a dictionary whose keys become dotted fact paths.</summary>
    public virtual bool IsDictionaryLike => false;
}

internal sealed class ScalarShape(ScalarKind kind) : ValueShape
{
    public ScalarKind Kind { get; } = kind;
}

/// <summary>
/// An enum: each member written as its <see cref="PayloadValueAttribute"/> string, else its name; or, marked
/// <see cref="PayloadIntegerValuesAttribute"/>, every value written as its number (<see cref="Layout"/> says which).
/// </summary>
internal sealed class EnumShape(Type enumType, EnumLayout layout, IReadOnlyDictionary<object, string> vendorStrings, ScalarKind numberKind) : ValueShape
{
    public Type EnumType { get; } = enumType;

    /// <summary>The shared classification's answer: strings or integers, and the members (also to read a written value back).</summary>
    public EnumLayout Layout { get; } = layout;

    /// <summary>The string each member is written as; empty for an integer enum.</summary>
    public IReadOnlyDictionary<object, string> VendorStrings { get; } = vendorStrings;

    /// <summary>How an integer enum's number is held: signed or unsigned by its underlying type.</summary>
    public ScalarKind NumberKind { get; } = numberKind;

    /// <summary>
    /// The value of this enum type a written plist value stands for (the member whose string or number it is), or null
    /// when it stands for none. An integer enum takes any number its underlying type holds, member or not, as it
    /// writes any value.
    /// </summary>
    public object? ValueOf(PlistValue written)
    {
        switch (written)
        {
            case PlistString text when !Layout.WritesIntegers:
                return Layout.FindWritten(text.Value)?.Value;
            case PlistInteger number when Layout.WritesIntegers:
                var value = number.Value;
                var boxed = value > long.MaxValue ? Enum.ToObject(EnumType, (ulong)value) : Enum.ToObject(EnumType, (long)value);
                // Enum.ToObject truncates to the underlying type: keep only a number that comes back unchanged.
                return Convert.ToDecimal(boxed, System.Globalization.CultureInfo.InvariantCulture) == (decimal)value ? boxed : null;
            default:
                return null;
        }
    }
}

internal sealed class ArrayShape(ValueShape element) : ValueShape
{
    public ValueShape Element { get; } = element;
}

/// <summary>A dictionary; entries whose value is null are "not set" and omitted. Only string keys are representable.</summary>
internal sealed class MapShape(Type keyType, ValueShape value) : ValueShape
{
    public Type KeyType { get; } = keyType;

    public ValueShape Value { get; } = value;

    public override bool IsDictionaryLike => true;
}

/// <summary>A <see cref="PlistValue"/> written as it is.</summary>
internal sealed class RawShape : ValueShape
{
    public static readonly RawShape Instance = new();
}

/// <summary>Declared as <c>object</c>: the shape is decided by each value's runtime type.</summary>
internal sealed class DynamicShape : ValueShape
{
    public static readonly DynamicShape Instance = new();
}

/// <summary>A type with no plist form; the rule engine words its PAC3004 finding (from <see cref="ShapeModel{TType, TProperty}.DeclaredShape"/>).</summary>
internal sealed class UnsupportedShape : ValueShape
{
    public static readonly UnsupportedShape Instance = new();
}

/// <summary>A record (or any class/struct of ours or the user's): its properties become dictionary keys.</summary>
internal sealed class RecordShape : ValueShape
{
    public RecordShape(Type type) => Type = type;

    public Type Type { get; }

    /// <summary>Filled in after construction, so that a record may (indirectly) contain itself.</summary>
    public IReadOnlyList<KeyMapping> Keys { get; set; } = Array.Empty<KeyMapping>();

    public PropertyInfo? AdditionalKeys { get; set; }

    /// <summary>Shape errors of this record's own properties (PAC3004/PAC3005), found once per type.</summary>
    public IReadOnlyList<ShapeProblem> Problems { get; set; } = Array.Empty<ShapeProblem>();

    public override bool IsDictionaryLike => true;
}

/// <summary>One representable property of a record and the plist key it is written under.</summary>
internal sealed class KeyMapping(PropertyInfo property, string key, ValueShape shape, IReadOnlyList<ValueRule> rules, string declaredBy)
{
    /// <summary>How PAC3005 messages name the property (<c>JamfConnectLogin.OidcTenant</c>).</summary>
    public string DeclaredBy { get; } = declaredBy;

    public PropertyInfo Property { get; } = property;

    public string Key { get; } = key;

    public ValueShape Shape { get; } = shape;

    public IReadOnlyList<ValueRule> Rules { get; } = rules;
}

/// <summary>A PAC3004/PAC3005 finding of a record type, found once and reported at each place the type is used.</summary>
internal sealed class ShapeProblem(RuleDescriptor rule, string message, string? keyPath)
{
    public RuleDescriptor Rule { get; } = rule;

    public string Message { get; } = message;

    public string? KeyPath { get; } = keyPath;
}
