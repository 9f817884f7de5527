using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Shapes;

/// <summary>
/// Classifies a declared type for the property list, in this order (docs/profiles.md, "Mapping"): scalars
/// (with the byte containers as data), enums, PlistValue, <c>object</c>, arrays, any string-keyed dictionary
/// or sequence, and otherwise a record of the user's (or ours) — or no property-list form at all.
/// </summary>
internal sealed class TypeClassifier<TType, TProperty>
    where TType : class
    where TProperty : class
{
    private const string System = "System";
    private const string GenericCollections = "System.Collections.Generic";

    /// <summary>
    /// Generic definitions, as namespace and metadata name, whose <c>byte</c> instantiation is binary data like
    /// <c>byte[]</c>: written as <c>&lt;data&gt;</c>, not as an array of integers.
    /// </summary>
    private static readonly (string Namespace, string MetadataName)[] ByteContainers =
    {
        ("System.Collections.Immutable", "ImmutableArray`1"),
        (System, "ReadOnlyMemory`1"),
    };

    private readonly ITypeModel<TType, TProperty> model;
    private readonly TypeNames<TType, TProperty> names;

    public TypeClassifier(ITypeModel<TType, TProperty> model, TypeNames<TType, TProperty> names)
    {
        this.model = model;
        this.names = names;
    }

    public TypeClass<TType> Classify(TType type)
    {
        type = Unwrap(type);
        var facts = model.Describe(type);
        var name = names.Of(type);
        if (facts.Category == TypeCategory.Other)
        {
            return new TypeClass<TType>(type, TypeShapeKind.Unsupported, name);
        }

        if (Scalar(type, facts) is { } scalar)
        {
            return new TypeClass<TType>(type, KindOf(scalar), name, scalar);
        }

        if (facts.Category == TypeCategory.Enum)
        {
            return new TypeClass<TType>(type, TypeShapeKind.Enum, name);
        }

        if (IsPlistValue(type))
        {
            return new TypeClass<TType>(type, TypeShapeKind.PlistValue, name);
        }

        if (facts.Is(System, "Object"))
        {
            return new TypeClass<TType>(type, TypeShapeKind.Unsupported, name, isObject: true);
        }

        if (facts.Category == TypeCategory.Array)
        {
            return facts.ArrayRank == 1 && model.ArrayElement(type) is { } element
                ? new TypeClass<TType>(type, TypeShapeKind.Array, name, element: element)
                : new TypeClass<TType>(type, TypeShapeKind.Unsupported, name);
        }

        if ((GenericInterface(type, facts, "IReadOnlyDictionary`2") ?? GenericInterface(type, facts, "IDictionary`2")) is { } dictionary)
        {
            var arguments = model.TypeArguments(dictionary);
            return new TypeClass<TType>(type, TypeShapeKind.Dictionary, name, key: arguments[0], element: arguments[1]);
        }

        if (GenericInterface(type, facts, "IEnumerable`1") is { } sequence)
        {
            return new TypeClass<TType>(type, TypeShapeKind.Array, name, element: model.TypeArguments(sequence)[0]);
        }

        return new TypeClass<TType>(type, KindOfOtherType(facts), name);
    }

    /// <summary>Nullable&lt;T&gt; → T; anything else as it is.</summary>
    public TType Unwrap(TType type)
    {
        if (model.Describe(type).Is(System, "Nullable`1") && model.TypeArguments(type) is { Count: 1 } arguments)
        {
            return arguments[0];
        }

        return type;
    }

    private ScalarKind? Scalar(TType type, TypeFacts facts)
    {
        if (facts.Category == TypeCategory.Array)
        {
            return facts.ArrayRank == 1 && model.ArrayElement(type) is { } element && IsByte(element) ? ScalarKind.Data : null;
        }

        if (facts.Namespace == System)
        {
            switch (facts.MetadataName)
            {
                case "String": return ScalarKind.String;
                case "Boolean": return ScalarKind.Boolean;
                case "SByte" or "Int16" or "Int32" or "Int64": return ScalarKind.SignedInteger;
                case "Byte" or "UInt16" or "UInt32" or "UInt64": return ScalarKind.UnsignedInteger;
                case "Single": return ScalarKind.Single;
                case "Double": return ScalarKind.Real;
                case "DateTime": return ScalarKind.DateTime;
                case "DateTimeOffset": return ScalarKind.DateTimeOffset;
            }
        }

        // Checked before IEnumerable<byte> would make ImmutableArray<byte> an array of integers.
        foreach (var (ns, metadataName) in ByteContainers)
        {
            if (facts.Is(ns, metadataName) && model.TypeArguments(type) is { Count: 1 } arguments && IsByte(arguments[0]))
            {
                return ScalarKind.Data;
            }
        }

        return null;
    }

    private bool IsByte(TType type) => model.Describe(type).Is(System, "Byte");

    private static TypeShapeKind KindOf(ScalarKind scalar) => scalar switch
    {
        ScalarKind.String => TypeShapeKind.String,
        ScalarKind.Boolean => TypeShapeKind.Boolean,
        ScalarKind.SignedInteger or ScalarKind.UnsignedInteger => TypeShapeKind.Integer,
        ScalarKind.Single or ScalarKind.Real => TypeShapeKind.Real,
        ScalarKind.DateTime or ScalarKind.DateTimeOffset => TypeShapeKind.Date,
        _ => TypeShapeKind.Data,
    };

    private bool IsPlistValue(TType type)
    {
        for (TType? current = type; current is not null; current = model.BaseType(current))
        {
            if (model.Describe(current).Is("ProfileAsCode.PropertyList", "PlistValue"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The System.Collections.Generic interface <paramref name="type"/> is or implements, closed over its type
    /// arguments; when it implements several (<c>IEnumerable&lt;int&gt;</c> and <c>IEnumerable&lt;string&gt;</c>),
    /// the first by name.
    /// </summary>
    private TType? GenericInterface(TType type, TypeFacts facts, string metadataName)
    {
        if (facts.Is(GenericCollections, metadataName))
        {
            return type;
        }

        TType? first = null;
        string? firstName = null;
        foreach (var candidate in model.Interfaces(type))
        {
            if (!model.Describe(candidate).Is(GenericCollections, metadataName))
            {
                continue;
            }

            var candidateName = names.Of(candidate);
            if (first is null || StringComparer.Ordinal.Compare(candidateName, firstName) < 0)
            {
                first = candidate;
                firstName = candidateName;
            }
        }

        return first;
    }

    /// <summary>
    /// A class or struct that is none of the above. One of the user's (or ours) is a record whether or not it
    /// uses [PayloadKey]: a property without it is written under its own name. Framework types (<c>System</c>,
    /// <c>System.*</c>, <c>Microsoft.*</c>: decimal, Guid, Uri, TimeSpan, …), interfaces, abstract classes and
    /// delegates have no property-list form.
    /// </summary>
    private static TypeShapeKind KindOfOtherType(TypeFacts facts)
    {
        if (facts.Category is not (TypeCategory.Class or TypeCategory.Struct) || IsFrameworkNamespace(facts.Namespace))
        {
            return TypeShapeKind.Unsupported;
        }

        return TypeShapeKind.Record;
    }

    private static bool IsFrameworkNamespace(string? ns) =>
        ns is not null && (ns == System || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal));
}
