using Microsoft.CodeAnalysis;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>
/// Maps a property's declared type onto the engine's neutral <see cref="TypeShape"/>, classifying the
/// way the build host's ShapeCatalog does from System.Type: scalars, enums, PlistValue, anything that is
/// a string-keyed dictionary or a sequence, and otherwise a nested record unless it is abstract, an
/// interface or a framework type.
/// </summary>
internal static class TypeShapeReader
{
    // "decimal", "List<object>", "Inner": the names the host's messages use.
    private static readonly SymbolDisplayFormat NameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static TypeShape Read(ITypeSymbol type)
    {
        type = Unwrap(type);
        var name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(NameFormat);
        if (ScalarKind(type) is { } scalar)
        {
            return TypeShape.Of(scalar, name);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return TypeShape.Of(TypeShapeKind.Enum, name);
        }

        if (IsPlistValue(type))
        {
            return TypeShape.Of(TypeShapeKind.PlistValue, name);
        }

        if (type.SpecialType == SpecialType.System_Object)
        {
            return TypeShape.Of(TypeShapeKind.Unsupported, name);
        }

        if ((GenericInterface(type, "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>")
            ?? GenericInterface(type, "System.Collections.Generic.IDictionary<TKey, TValue>")) is { } dictionary)
        {
            var key = dictionary.TypeArguments[0].SpecialType == SpecialType.System_String
                ? TypeShape.Of(TypeShapeKind.String, "string")
                : TypeShape.Of(TypeShapeKind.Unsupported, dictionary.TypeArguments[0].ToDisplayString(NameFormat));
            return TypeShape.DictionaryOf(name, key, Read(dictionary.TypeArguments[1]));
        }

        if (GenericInterface(type, "System.Collections.Generic.IEnumerable<T>") is { } sequence)
        {
            return TypeShape.ArrayOf(name, Read(sequence.TypeArguments[0]));
        }

        return TypeShape.Of(IsRecordLike(type) ? TypeShapeKind.Record : TypeShapeKind.Unsupported, name);
    }

    /// <summary>A type the host writes as a nested dictionary of its own properties.</summary>
    public static bool IsNestedRecord(ITypeSymbol type) => Read(type).Kind == TypeShapeKind.Record;

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
        _ when type.ToDisplayString() == "System.DateTimeOffset" => TypeShapeKind.Date,
        _ when type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } => TypeShapeKind.Data,
        _ => null,
    };

    private static INamedTypeSymbol? GenericInterface(ITypeSymbol type, string definition)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } named && named.OriginalDefinition.ToDisplayString() == definition)
        {
            return named;
        }

        return type.AllInterfaces
            .Where(candidate => candidate.OriginalDefinition.ToDisplayString() == definition)
            .OrderBy(candidate => candidate.ToDisplayString(), StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static bool IsPlistValue(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "ProfileAsCode.PropertyList.PlistValue")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRecordLike(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false, IsUnboundGenericType: false } named)
        {
            return false;
        }

        var ns = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns != "System" && !ns.StartsWith("System.", StringComparison.Ordinal) && !ns.StartsWith("Microsoft.", StringComparison.Ordinal);
    }
}
