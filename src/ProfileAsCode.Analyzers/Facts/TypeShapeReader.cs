using Microsoft.CodeAnalysis;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>Maps a property's type onto the engine's neutral <see cref="TypeShape"/> (the build host does the same from System.Type).</summary>
internal static class TypeShapeReader
{
    private static readonly string[] ListTypes =
    {
        "System.Collections.Generic.List<T>",
        "System.Collections.Generic.IList<T>",
        "System.Collections.Generic.ICollection<T>",
        "System.Collections.Generic.IReadOnlyList<T>",
        "System.Collections.Generic.IReadOnlyCollection<T>",
        "System.Collections.Immutable.ImmutableArray<T>",
    };

    private static readonly string[] DictionaryTypes =
    {
        "System.Collections.Generic.Dictionary<TKey, TValue>",
        "System.Collections.Generic.IDictionary<TKey, TValue>",
        "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>",
        "System.Collections.Immutable.ImmutableDictionary<TKey, TValue>",
    };

    public static TypeShape Read(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        var name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return TypeShape.Of(TypeShapeKind.String, name);
            case SpecialType.System_Boolean:
                return TypeShape.Of(TypeShapeKind.Boolean, name);
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64:
                return TypeShape.Of(TypeShapeKind.Integer, name);
            case SpecialType.System_Single or SpecialType.System_Double:
                return TypeShape.Of(TypeShapeKind.Real, name);
            case SpecialType.System_DateTime:
                return TypeShape.Of(TypeShapeKind.Date, name);
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType == SpecialType.System_Byte
                ? TypeShape.Of(TypeShapeKind.Data, name)
                : TypeShape.ArrayOf(name, Read(array.ElementType));
        }

        if (type is not INamedTypeSymbol named)
        {
            return TypeShape.Of(TypeShapeKind.Unsupported, name);
        }

        var definition = named.OriginalDefinition.ToDisplayString();
        if (named.TypeKind == TypeKind.Enum)
        {
            return TypeShape.Of(TypeShapeKind.Enum, name);
        }

        if (definition == "System.DateTimeOffset")
        {
            return TypeShape.Of(TypeShapeKind.Date, name);
        }

        if (ListTypes.Contains(definition))
        {
            return TypeShape.ArrayOf(name, Read(named.TypeArguments[0]));
        }

        if (DictionaryTypes.Contains(definition))
        {
            return TypeShape.DictionaryOf(name, Read(named.TypeArguments[0]), Read(named.TypeArguments[1]));
        }

        if (IsPlistValue(named))
        {
            return TypeShape.Of(TypeShapeKind.PlistValue, name);
        }

        return TypeShape.Of(named.IsRecord ? TypeShapeKind.Record : TypeShapeKind.Unsupported, name);
    }

    private static bool IsPlistValue(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "ProfileAsCode.PropertyList.PlistValue")
            {
                return true;
            }
        }

        return false;
    }
}
