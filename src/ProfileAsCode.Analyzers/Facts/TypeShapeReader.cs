using Microsoft.CodeAnalysis;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>
/// Maps a property's declared type onto the engine's neutral <see cref="TypeShape"/> in the order the build
/// host's ShapeCatalog classifies a System.Type: scalars (with the <see cref="ShapeConventions.ByteContainers"/>
/// as data), enums, PlistValue, any string-keyed dictionary or sequence, and otherwise whatever
/// <see cref="ShapeConventions.KindOfOtherType"/> says — so both give the same PAC3004 verdict.
/// </summary>
internal static class TypeShapeReader
{
    // "decimal", "List<object>", "Inner": the names the host's messages use.
    private static readonly SymbolDisplayFormat NameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private const string GenericCollections = "System.Collections.Generic";

    public static TypeShape Read(ITypeSymbol type)
    {
        type = Unwrap(type);
        var name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(NameFormat);
        switch (KindOf(type, out var collection))
        {
            case TypeShapeKind.Dictionary:
                var key = collection!.TypeArguments[0].SpecialType == SpecialType.System_String
                    ? TypeShape.Of(TypeShapeKind.String, "string")
                    : TypeShape.Of(TypeShapeKind.Unsupported, collection.TypeArguments[0].ToDisplayString(NameFormat));
                return TypeShape.DictionaryOf(name, key, Read(collection.TypeArguments[1]));
            case TypeShapeKind.Array:
                return TypeShape.ArrayOf(name, Read(collection!.TypeArguments[0]));
            case var kind:
                return TypeShape.Of(kind, name);
        }
    }

    /// <summary>A type the host writes as a nested dictionary of its own properties.</summary>
    public static bool IsNestedRecord(ITypeSymbol type) => KindOf(Unwrap(type), out _) == TypeShapeKind.Record;

    /// <summary>The kind, and for an array or dictionary the IEnumerable&lt;T&gt; / dictionary interface that gives its element types.</summary>
    private static TypeShapeKind KindOf(ITypeSymbol type, out INamedTypeSymbol? collection)
    {
        collection = null;
        if (ScalarKind(type) is { } scalar)
        {
            return scalar;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return TypeShapeKind.Enum;
        }

        if (IsPlistValue(type))
        {
            return TypeShapeKind.PlistValue;
        }

        if (type.SpecialType == SpecialType.System_Object)
        {
            return TypeShapeKind.Unsupported;
        }

        collection = GenericInterface(type, "IReadOnlyDictionary`2") ?? GenericInterface(type, "IDictionary`2");
        if (collection is not null)
        {
            return TypeShapeKind.Dictionary;
        }

        collection = GenericInterface(type, "IEnumerable`1");
        return collection is not null ? TypeShapeKind.Array : KindOfOtherType(type);
    }

    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static TypeShapeKind? ScalarKind(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_String => TypeShapeKind.String,
        SpecialType.System_Boolean => TypeShapeKind.Boolean,
        SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 => TypeShapeKind.Integer,
        SpecialType.System_Single or SpecialType.System_Double => TypeShapeKind.Real,
        SpecialType.System_DateTime => TypeShapeKind.Date,
        _ when type is INamedTypeSymbol { Name: "DateTimeOffset", Arity: 0 } && NamespaceOf(type) == "System" => TypeShapeKind.Date,
        _ when type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } || IsByteContainer(type) => TypeShapeKind.Data,
        _ => null,
    };

    // ImmutableArray<byte>, ReadOnlyMemory<byte>: checked before IEnumerable<byte> would make it an array of integers.
    private static bool IsByteContainer(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
        && named.TypeArguments[0].SpecialType == SpecialType.System_Byte
        && ShapeConventions.IsByteContainer(NamespaceOf(named) + "." + named.MetadataName);

    /// <summary>The closed System.Collections.Generic interface <paramref name="type"/> is or implements (first by name when several), as the host picks it.</summary>
    private static INamedTypeSymbol? GenericInterface(ITypeSymbol type, string metadataName)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } named && IsGenericCollection(named, metadataName))
        {
            return named;
        }

        INamedTypeSymbol? first = null;
        string? firstName = null;
        foreach (var candidate in type.AllInterfaces)
        {
            if (!IsGenericCollection(candidate, metadataName))
            {
                continue;
            }

            var candidateName = candidate.ToDisplayString();
            if (first is null || StringComparer.Ordinal.Compare(candidateName, firstName) < 0)
            {
                first = candidate;
                firstName = candidateName;
            }
        }

        return first;
    }

    private static bool IsGenericCollection(INamedTypeSymbol type, string metadataName) =>
        type.MetadataName == metadataName && NamespaceOf(type) == GenericCollections;

    private static bool IsPlistValue(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "PlistValue" && NamespaceOf(current) == "ProfileAsCode.PropertyList")
            {
                return true;
            }
        }

        return false;
    }

    private static TypeShapeKind KindOfOtherType(ITypeSymbol type)
    {
        // Pointers, type parameters, unbound generics and error types have no shape the host could see either.
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface or TypeKind.Delegate, IsUnboundGenericType: false } named)
        {
            return TypeShapeKind.Unsupported;
        }

        return ShapeConventions.KindOfOtherType(
            NamespaceOf(named),
            isInterface: named.TypeKind == TypeKind.Interface,
            isAbstract: named.IsAbstract && !named.IsStatic,
            isDelegate: named.TypeKind == TypeKind.Delegate);
    }

    /// <summary>As System.Type.Namespace gives it: null in the global namespace.</summary>
    private static string? NamespaceOf(ITypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;
}
