using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Shapes;

/// <summary>How the values of a scalar type are held in .NET, which decides how they are converted.</summary>
internal enum ScalarKind
{
    String,
    Boolean,
    SignedInteger,
    UnsignedInteger,
    Single,
    Real,
    DateTime,
    DateTimeOffset,

    /// <summary>byte[], ImmutableArray&lt;byte&gt; or ReadOnlyMemory&lt;byte&gt;.</summary>
    Data,
}

/// <summary>
/// A declared type, classified once (<see cref="TypeClassifier{TType, TProperty}"/>): its
/// <see cref="TypeShapeKind"/>, and what a caller needs to go on — the scalar's .NET form, the element
/// and key types of a collection.
/// </summary>
internal sealed class TypeClass<TType>(TType type, TypeShapeKind kind, string name, ScalarKind? scalar = null, bool isObject = false, TType? key = null, TType? element = null)
    where TType : class
{
    /// <summary>The type classified, Nullable&lt;T&gt; unwrapped.</summary>
    public TType Type { get; } = type;

    /// <summary>The kind of a declared property of this type; <c>object</c> is <see cref="TypeShapeKind.Unsupported"/> there.</summary>
    public TypeShapeKind Kind { get; } = kind;

    /// <summary>The type as C# writes it, for messages (<c>decimal</c>, <c>List&lt;object&gt;</c>).</summary>
    public string Name { get; } = name;

    /// <summary>For String, Boolean, Integer, Real, Date and Data: how .NET holds the value.</summary>
    public ScalarKind? Scalar { get; } = scalar;

    /// <summary><c>object</c>: unknown until a value is seen, then classified by the value's own type.</summary>
    public bool IsObject { get; } = isObject;

    /// <summary>The key type of a <see cref="TypeShapeKind.Dictionary"/>.</summary>
    public TType? Key { get; } = key;

    /// <summary>The element type of an <see cref="TypeShapeKind.Array"/>, the value type of a <see cref="TypeShapeKind.Dictionary"/>.</summary>
    public TType? Element { get; } = element;
}
