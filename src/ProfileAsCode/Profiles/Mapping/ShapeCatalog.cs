using System.Reflection;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>
/// Decides, once per .NET type, how its values become plist values (docs/profiles.md, "Mapping").
/// Whether a type is representable, and whether keys collide, the rule engine decides
/// (<see cref="PlistRepresentability"/>, <see cref="KeyCollisions"/>), as it does for the analyzer.
/// Problems are found from declared types, so a property is reported even while unset.
/// </summary>
internal static class ShapeCatalog
{
    private static readonly Dictionary<Type, ValueShape> Cache = new();
    private static readonly object Gate = new();

    public static ValueShape ShapeOf(Type type)
    {
        lock (Gate)
        {
            return Classify(type);
        }
    }

    public static RecordShape RecordShapeOf(Type type) =>
        ShapeOf(type) as RecordShape ?? throw new ArgumentException($"{type} is not a record type.", nameof(type));

    /// <summary>Public instance properties, base class first, each class in declaration order.</summary>
    public static IReadOnlyList<PropertyInfo> RecordProperties(Type type)
    {
        var chain = new Stack<Type>();
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            chain.Push(t);
        }

        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var properties = new List<PropertyInfo>();
        foreach (var t in chain)
        {
            var declared = t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                .OrderBy(p => p.MetadataToken);
            foreach (var property in declared)
            {
                if (byName.TryGetValue(property.Name, out var index))
                {
                    properties[index] = property; // an override or a `new` property replaces the base one
                }
                else
                {
                    byName[property.Name] = properties.Count;
                    properties.Add(property);
                }
            }
        }

        return properties;
    }

    private static ValueShape Classify(Type type)
    {
        if (Cache.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var shape = ClassifyUncached(type);
        Cache[type] = shape;
        if (shape is RecordShape record)
        {
            FillRecord(record); // after caching, so a record that contains itself finds its own shape
        }

        return shape;
    }

    private static ValueShape ClassifyUncached(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Classify(underlying);
        }

        if (Scalar(type) is { } scalar)
        {
            return new ScalarShape(scalar);
        }

        if (type.IsEnum)
        {
            return EnumOf(type);
        }

        if (typeof(PlistValue).IsAssignableFrom(type))
        {
            return RawShape.Instance;
        }

        if (type == typeof(object))
        {
            return DynamicShape.Instance;
        }

        if ((GenericInterface(type, typeof(IReadOnlyDictionary<,>)) ?? GenericInterface(type, typeof(IDictionary<,>))) is { } dictionary)
        {
            var arguments = dictionary.GetGenericArguments();
            return new MapShape(arguments[0], Classify(arguments[1]));
        }

        if (GenericInterface(type, typeof(IEnumerable<>)) is { } sequence)
        {
            return new ArrayShape(Classify(sequence.GetGenericArguments()[0]));
        }

        if (type.IsPointer || type.IsByRef || type.IsGenericTypeDefinition)
        {
            return UnsupportedShape.Instance;
        }

        var kind = ShapeConventions.KindOfOtherType(type.Namespace, type.IsInterface, type.IsAbstract, typeof(Delegate).IsAssignableFrom(type));
        return kind == TypeShapeKind.Record ? new RecordShape(type) : UnsupportedShape.Instance;
    }

    private static ScalarKind? Scalar(Type type) => Type.GetTypeCode(type) switch
    {
        _ when type.IsEnum => null,
        TypeCode.String => ScalarKind.String,
        TypeCode.Boolean => ScalarKind.Boolean,
        TypeCode.SByte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 => ScalarKind.SignedInteger,
        TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 => ScalarKind.UnsignedInteger,
        TypeCode.Single => ScalarKind.Single,
        TypeCode.Double => ScalarKind.Real,
        TypeCode.DateTime => ScalarKind.DateTime,
        _ when type == typeof(DateTimeOffset) => ScalarKind.DateTimeOffset,
        _ when type == typeof(byte[]) || IsByteContainer(type) => ScalarKind.Data,
        _ => null,
    };

    private static EnumShape EnumOf(Type enumType)
    {
        var strings = new Dictionary<object, string>();
        foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken))
        {
            var value = field.GetValue(null)!;
            strings.TryAdd(value, field.GetCustomAttribute<PayloadValueAttribute>()?.Value ?? field.Name);
        }

        return new EnumShape(enumType, strings);
    }

    private static void FillRecord(RecordShape record)
    {
        var candidates = new List<KeyMapping>();
        var problems = new List<ShapeProblem>();
        foreach (var property in RecordProperties(record.Type))
        {
            if (property.GetCustomAttribute<AdditionalKeysAttribute>(inherit: true) is not null)
            {
                var declared = TypeShapes.OfDeclared(property.PropertyType, Classify(property.PropertyType));
                if (AdditionalKeysDeclaration.Check($"{property.DeclaringType?.Name}.{property.Name}", declared, record.AdditionalKeys?.Name) is { } misdeclared)
                {
                    problems.Add(new ShapeProblem(misdeclared.Rule, misdeclared.Message, null));
                }
                else
                {
                    record.AdditionalKeys = property;
                }

                continue;
            }

            var key = property.GetCustomAttribute<PayloadKeyAttribute>(inherit: true)?.Key ?? property.Name;
            var shape = Classify(property.PropertyType);
            var mapping = new KeyMapping(property, key, shape, ValueRules.Of(property));
            if (PlistRepresentability.Check(mapping.DeclaredBy, TypeShapes.OfDeclared(property.PropertyType, shape)) is { } unrepresentable)
            {
                problems.Add(new ShapeProblem(unrepresentable.Rule, unrepresentable.Message, key));
                continue;
            }

            candidates.Add(mapping);
        }

        var collisions = KeyCollisions.Check(candidates.Select(k => new KeyDeclaration(k.Key, k.DeclaredBy, k)).ToArray());
        problems.AddRange(collisions.Select(f => new ShapeProblem(f.Rule, f.Message, f.KeyPath)));
        record.Keys = candidates.Where(k => !collisions.Any(f => ReferenceEquals(f.Origin, k))).ToArray();
        record.Problems = problems;
    }

    /// <summary>The closed <paramref name="definition"/> interface <paramref name="type"/> is or implements (first by name when several).</summary>
    internal static Type? GenericInterface(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        {
            return type;
        }

        return type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition)
            .OrderBy(i => i.FullName, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>ImmutableArray&lt;byte&gt;, ReadOnlyMemory&lt;byte&gt;: data, like byte[] (checked before IEnumerable&lt;byte&gt; would make it an array).</summary>
    private static bool IsByteContainer(Type type) =>
        type.IsGenericType
        && type.GetGenericArguments() is [var argument] && argument == typeof(byte)
        && ShapeConventions.IsByteContainer(type.GetGenericTypeDefinition().FullName);
}
