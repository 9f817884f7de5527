namespace ProfileAsCode.Rules.Structure;

/// <summary>What a property's type is, as far as a property list cares.</summary>
internal enum TypeShapeKind
{
    String,
    Boolean,

    /// <summary>Any integer type from sbyte to ulong (CFNumber holds up to unsigned 64 bits).</summary>
    Integer,

    /// <summary>float or double.</summary>
    Real,

    /// <summary>DateTime or DateTimeOffset.</summary>
    Date,

    /// <summary>byte[], ImmutableArray&lt;byte&gt; or ReadOnlyMemory&lt;byte&gt;: written as &lt;data&gt;.</summary>
    Data,

    /// <summary>An enum: written as its [PayloadValue] string, or marked [PayloadIntegerValues] as its number.</summary>
    Enum,

    /// <summary>An array, list or read-only list of <see cref="TypeShape.Element"/>.</summary>
    Array,

    /// <summary>A dictionary from <see cref="TypeShape.Key"/> to <see cref="TypeShape.Element"/>.</summary>
    Dictionary,

    /// <summary>
    /// A class or struct of the user's (or ours), with or without [PayloadKey] properties: written as a dictionary,
    /// each public property under its [PayloadKey], else under its own name; its properties are checked where
    /// declared. Framework types (<c>System.*</c>, <c>Microsoft.*</c>) are not records but <see cref="Unsupported"/>.
    /// </summary>
    Record,

    /// <summary>ProfileAsCode.PropertyList.PlistValue or a subclass: already a plist value.</summary>
    PlistValue,

    /// <summary>Anything else: decimal, char, a declared object, framework types (Guid, Uri, TimeSpan, …), interfaces, abstract classes, delegates.</summary>
    Unsupported,
}

/// <summary>
/// A neutral description of a property type for PAC3004, made by ProfileAsCode.Shapes.ShapeModel from a Roslyn
/// symbol (analyzer) or a System.Type (build host) alike; Nullable&lt;T&gt; is unwrapped first. Records are not
/// expanded, so recursive types need no cycle handling.
/// </summary>
internal sealed class TypeShape
{
    private TypeShape(TypeShapeKind kind, string name, TypeShape? key, TypeShape? element)
    {
        Kind = kind;
        Name = name;
        Key = key;
        Element = element;
    }

    public TypeShapeKind Kind { get; }

    /// <summary>The type as the user wrote it, for messages (<c>decimal</c>, <c>List&lt;object&gt;</c>).</summary>
    public string Name { get; }

    /// <summary>The key type of a <see cref="TypeShapeKind.Dictionary"/>.</summary>
    public TypeShape? Key { get; }

    /// <summary>The element type of an <see cref="TypeShapeKind.Array"/>, the value type of a <see cref="TypeShapeKind.Dictionary"/>.</summary>
    public TypeShape? Element { get; }

    /// <summary>String, Boolean, Integer, Real, Date, Data, Enum, Record, PlistValue or Unsupported.</summary>
    public static TypeShape Of(TypeShapeKind kind, string name)
    {
        if (kind == TypeShapeKind.Array || kind == TypeShapeKind.Dictionary)
        {
            throw new ArgumentException("Use ArrayOf or DictionaryOf for " + kind + ".", nameof(kind));
        }

        return new TypeShape(kind, name, null, null);
    }

    public static TypeShape ArrayOf(string name, TypeShape element) => new(TypeShapeKind.Array, name, null, element);

    public static TypeShape DictionaryOf(string name, TypeShape key, TypeShape value) => new(TypeShapeKind.Dictionary, name, key, value);

    public override string ToString() => Name;
}
