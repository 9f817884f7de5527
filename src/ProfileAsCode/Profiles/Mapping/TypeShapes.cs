using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>
/// Describes a .NET type as the rule engine's <see cref="TypeShape"/>, so that the build host and the
/// analyzer (which describes Roslyn symbols the same way) get the same PAC3004 verdict and message.
/// </summary>
internal static class TypeShapes
{
    /// <summary>A declared property type: <c>object</c> is not representable there (the analyzer cannot see the value).</summary>
    public static TypeShape OfDeclared(Type type, ValueShape shape) => Of(type, shape, runtimeValue: false);

    /// <summary>The runtime type of a raw value: an <c>object</c> element is checked when its own value is mapped.</summary>
    public static TypeShape OfRuntime(Type type, ValueShape shape) => Of(type, shape, runtimeValue: true);

    private static TypeShape Of(Type type, ValueShape shape, bool runtimeValue)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var name = Name(type);
        switch (shape)
        {
            case ArrayShape array:
                return TypeShape.ArrayOf(name, Of(ElementType(type), array.Element, runtimeValue));
            case MapShape map:
                var keyShape = map.KeyType == typeof(string) ? TypeShape.Of(TypeShapeKind.String, "string") : TypeShape.Of(TypeShapeKind.Unsupported, Name(map.KeyType));
                return TypeShape.DictionaryOf(name, keyShape, Of(ValueType(type), map.Value, runtimeValue));
            default:
                return TypeShape.Of(KindOf(shape, runtimeValue), name);
        }
    }

    private static TypeShapeKind KindOf(ValueShape shape, bool runtimeValue) => shape switch
    {
        ScalarShape { Kind: ScalarKind.String } => TypeShapeKind.String,
        ScalarShape { Kind: ScalarKind.Boolean } => TypeShapeKind.Boolean,
        ScalarShape { Kind: ScalarKind.SignedInteger or ScalarKind.UnsignedInteger } => TypeShapeKind.Integer,
        ScalarShape { Kind: ScalarKind.Real or ScalarKind.Single } => TypeShapeKind.Real,
        ScalarShape { Kind: ScalarKind.DateTime or ScalarKind.DateTimeOffset } => TypeShapeKind.Date,
        ScalarShape { Kind: ScalarKind.Data } => TypeShapeKind.Data,
        EnumShape => TypeShapeKind.Enum,
        RecordShape => TypeShapeKind.Record,
        RawShape => TypeShapeKind.PlistValue,
        DynamicShape when runtimeValue => TypeShapeKind.PlistValue,
        _ => TypeShapeKind.Unsupported,
    };

    private static Type ElementType(Type type) => ShapeCatalog.GenericInterface(type, typeof(IEnumerable<>))!.GetGenericArguments()[0];

    private static Type ValueType(Type type) =>
        (ShapeCatalog.GenericInterface(type, typeof(IReadOnlyDictionary<,>)) ?? ShapeCatalog.GenericInterface(type, typeof(IDictionary<,>)))!.GetGenericArguments()[1];

    /// <summary>The type as C# writes it (<c>int</c>, <c>IReadOnlyList&lt;string&gt;</c>), for messages.</summary>
    public static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType)
        {
            var plain = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return plain + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return Type.GetTypeCode(type) switch
        {
            _ when type.IsEnum => type.Name,
            TypeCode.String => "string",
            TypeCode.Boolean => "bool",
            TypeCode.Byte => "byte",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Single => "float",
            TypeCode.Double => "double",
            TypeCode.Decimal => "decimal",
            TypeCode.Char => "char",
            _ when type == typeof(object) => "object",
            _ => type.Name,
        };
    }
}
