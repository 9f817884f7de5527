namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3004: whether a property type can be written into a property list (string, boolean, integer, real,
/// date, data, arrays, dictionaries with string keys — the types of Apple's PropertyList-1.0 DTD). Shared by the
/// analyzer (ITypeSymbol) and the build host (System.Type) through <see cref="TypeShape"/>.
/// </summary>
internal static class PlistRepresentability
{
    /// <summary>Null when <paramref name="type"/> is representable, else why not (naming the offending part).</summary>
    public static string? Problem(TypeShape type)
    {
        switch (type.Kind)
        {
            case TypeShapeKind.Unsupported:
                return $"'{type.Name}' has no property-list form";
            case TypeShapeKind.Array:
                return type.Element is null ? $"'{type.Name}' has no element type" : Nested(type, type.Element);
            case TypeShapeKind.Dictionary:
                if (type.Key is null || type.Element is null)
                {
                    return $"'{type.Name}' has no key or value type";
                }

                return type.Key.Kind != TypeShapeKind.String
                    ? $"'{type.Name}' has '{type.Key.Name}' keys, but property-list dictionary keys are strings"
                    : Nested(type, type.Element);
            default:
                return null;
        }
    }

    /// <summary>The PAC3004 finding for one property, or null when its type is representable.</summary>
    public static Finding? Check(string propertyName, TypeShape type, object? origin = null)
    {
        var problem = Problem(type);
        return problem is null ? null : new Finding(
            RuleCatalog.TypeNotRepresentable,
            $"Property '{propertyName}' of type '{type.Name}' cannot be written into a property list: {problem}. The profile could not be built. Use string, bool, an integer type, double, DateTime/DateTimeOffset, byte[] or ImmutableArray<byte>, an enum, a list or array of these, IReadOnlyDictionary<string, T>, or a class or record of your own (its public properties become keys).",
            origin: origin);
    }

    private static string? Nested(TypeShape outer, TypeShape inner)
    {
        var problem = Problem(inner);
        return problem is null ? null : problem + " (in '" + outer.Name + "')";
    }
}
