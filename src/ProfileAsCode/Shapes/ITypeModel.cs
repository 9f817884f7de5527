namespace ProfileAsCode.Shapes;

/// <summary>
/// What the shape rules ask of a type system. The analyzer answers from the compiler's symbols
/// (<c>SymbolTypeModel</c>), the build host from <see cref="System.Type"/> (<c>ReflectionTypeModel</c>);
/// everything else — which kind a type is, which properties a record writes under which keys, which
/// attributes say what — is decided once, in <see cref="ShapeModel{TType, TProperty}"/>, for both.
/// </summary>
/// <remarks>
/// Each answer is a plain fact of the type system, with no property-list convention in it, so that an
/// adapter is a few dozen lines and two adapters cannot disagree on a convention.
/// </remarks>
internal interface ITypeModel<TType, TProperty>
    where TType : class
    where TProperty : class
{
    /// <summary>Type identity (Roslyn symbols need SymbolEqualityComparer).</summary>
    IEqualityComparer<TType> TypeComparer { get; }

    TypeFacts Describe(TType type);

    /// <summary>The base class; null for interfaces, <c>object</c> and anything without one.</summary>
    TType? BaseType(TType type);

    /// <summary>The element type of an array (<see cref="TypeCategory.Array"/>), else null.</summary>
    TType? ArrayElement(TType type);

    /// <summary>The type's own type arguments (not those of a containing type), in order; empty when not generic.</summary>
    IReadOnlyList<TType> TypeArguments(TType type);

    /// <summary>Every interface the type implements, inherited ones included, in any order.</summary>
    IEnumerable<TType> Interfaces(TType type);

    /// <summary>The type's own attributes of the <see cref="PayloadAttributes.Namespace"/> namespace.</summary>
    IReadOnlyList<AttributeRecord> TypeAttributes(TType type);

    /// <summary>
    /// The properties <paramref name="type"/> itself declares that a record writes: instance, not an indexer,
    /// public with a public getter; in declaration order.
    /// </summary>
    IEnumerable<TProperty> DeclaredProperties(TType type);

    /// <summary>An enum's members (its constants), in declaration order.</summary>
    IEnumerable<EnumMember> EnumMembers(TType type);

    string PropertyName(TProperty property);

    TType PropertyType(TProperty property);

    /// <summary>The property overrides a base one (C# <c>override</c>, not <c>new</c>).</summary>
    bool IsOverride(TProperty property);

    /// <summary>The property's own attributes of the <see cref="PayloadAttributes.Namespace"/> namespace (inherited ones are added by the caller).</summary>
    IReadOnlyList<AttributeRecord> PropertyAttributes(TProperty property);
}

/// <summary>What the type system says a type is, before any property-list convention.</summary>
internal enum TypeCategory
{
    Class,
    AbstractClass,
    Struct,
    Interface,
    Enum,
    Delegate,

    /// <summary>An array of any rank (<see cref="TypeFacts.ArrayRank"/>).</summary>
    Array,

    /// <summary>Pointers, type parameters, open generic definitions, <c>dynamic</c>, types that did not resolve.</summary>
    Other,
}

/// <summary>A type's category and name as metadata spells them.</summary>
internal readonly struct TypeFacts(TypeCategory category, string? ns, string metadataName, int arrayRank = 0)
{
    public TypeCategory Category { get; } = category;

    /// <summary>As <see cref="System.Type.Namespace"/> gives it (that of the outermost type for a nested one); null in the global namespace.</summary>
    public string? Namespace { get; } = ns;

    /// <summary>The name with its generic arity (<c>List`1</c>), without namespace or containing type; for an array or <see cref="TypeCategory.Other"/>, how the adapter displays it.</summary>
    public string MetadataName { get; } = metadataName;

    public int ArrayRank { get; } = arrayRank;

    public bool Is(string ns, string metadataName) =>
        string.Equals(Namespace, ns, StringComparison.Ordinal) && string.Equals(MetadataName, metadataName, StringComparison.Ordinal);
}

/// <summary>One constant of an enum.</summary>
internal sealed class EnumMember(string name, object value, IReadOnlyList<AttributeRecord> attributes)
{
    public string Name { get; } = name;

    /// <summary>The constant as the adapter's caller compares values: a boxed enum (build host) or its underlying number (analyzer).</summary>
    public object Value { get; } = value;

    public IReadOnlyList<AttributeRecord> Attributes { get; } = attributes;
}
