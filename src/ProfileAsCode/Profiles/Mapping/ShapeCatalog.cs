using System.Reflection;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Profiles;

/// <summary>
/// Decides, once per .NET type, how its values become plist values (docs/profiles.md, "Mapping").
/// Type problems are found here, from declared types, so a property is reported even while unset.
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

        if (Unrepresentable(type) is { } reason)
        {
            return new UnsupportedShape(reason);
        }

        if ((GenericInterface(type, typeof(IReadOnlyDictionary<,>)) ?? GenericInterface(type, typeof(IDictionary<,>))) is { } dictionary)
        {
            var arguments = dictionary.GetGenericArguments();
            if (arguments[0] != typeof(string))
            {
                return new UnsupportedShape($"a dictionary keyed by {Describe(arguments[0])}; plist dictionary keys are strings");
            }

            return Classify(arguments[1]) is UnsupportedShape inner
                ? new UnsupportedShape($"a dictionary whose values are {inner.Reason}")
                : new MapShape(Classify(arguments[1]));
        }

        if (GenericInterface(type, typeof(IEnumerable<>)) is { } sequence)
        {
            var element = Classify(sequence.GetGenericArguments()[0]);
            return element is UnsupportedShape inner ? new UnsupportedShape($"a list whose items are {inner.Reason}") : new ArrayShape(element);
        }

        if (type.IsInterface || type.IsAbstract)
        {
            return new UnsupportedShape($"{Describe(type)}, an interface or abstract type; use a concrete record, a list or a dictionary");
        }

        if (type.IsGenericTypeDefinition || type.IsPointer || typeof(Delegate).IsAssignableFrom(type) || IsFrameworkType(type))
        {
            return new UnsupportedShape($"{Describe(type)}, which has no property-list form");
        }

        return new RecordShape(type);
    }

    private static ScalarKind? Scalar(Type type) => Type.GetTypeCode(type) switch
    {
        _ when type.IsEnum => null,
        TypeCode.String => ScalarKind.String,
        TypeCode.Boolean => ScalarKind.Boolean,
        TypeCode.SByte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 => ScalarKind.SignedInteger,
        TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 => ScalarKind.UnsignedInteger,
        TypeCode.Double => ScalarKind.Real,
        TypeCode.DateTime => ScalarKind.DateTime,
        _ when type == typeof(DateTimeOffset) => ScalarKind.DateTimeOffset,
        _ when type == typeof(byte[]) => ScalarKind.ByteArray,
        _ => null,
    };

    /// <summary>Types people reach for that have no faithful plist form, with what to write instead.</summary>
    private static string? Unrepresentable(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Single => "float, which would not round-trip (1.1f is written 1.100000023841858); use double",
        TypeCode.Decimal => "decimal, which a plist <real> cannot hold exactly; use double, or string for an exact value",
        TypeCode.Char => "char; use string",
        _ when type == typeof(Guid) => "Guid; use string (e.g. a tenant ID as \"9f1c…\")",
        _ when type == typeof(Uri) => "Uri; use string",
        _ when type == typeof(TimeSpan) => "TimeSpan; use an integer or double of the unit the key expects",
        _ when type == typeof(DateOnly) || type == typeof(TimeOnly) => $"{type.Name}; use DateTime (UTC) or string",
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
        var keys = new List<KeyMapping>();
        var problems = new List<ShapeProblem>();
        var owners = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
        foreach (var property in RecordProperties(record.Type))
        {
            if (property.GetCustomAttribute<AdditionalKeysAttribute>(inherit: true) is not null)
            {
                if (record.AdditionalKeys is not null)
                {
                    problems.Add(new ShapeProblem(RuleCatalog.KeyCollision, property, ShapeMessages.SecondAdditionalKeys(property, record.AdditionalKeys)));
                }
                else if (Classify(property.PropertyType) is not MapShape)
                {
                    problems.Add(new ShapeProblem(RuleCatalog.TypeNotRepresentable, property, ShapeMessages.AdditionalKeysType(property)));
                }
                else
                {
                    record.AdditionalKeys = property;
                }

                continue;
            }

            var key = property.GetCustomAttribute<PayloadKeyAttribute>(inherit: true)?.Key ?? property.Name;
            var shape = Classify(property.PropertyType);
            if (shape is UnsupportedShape unsupported)
            {
                problems.Add(new ShapeProblem(RuleCatalog.TypeNotRepresentable, property, ShapeMessages.Unsupported(property, unsupported.Reason)));
                continue;
            }

            if (string.IsNullOrEmpty(key))
            {
                problems.Add(new ShapeProblem(RuleCatalog.KeyCollision, property, ShapeMessages.EmptyKey(property)));
                continue;
            }

            if (owners.TryGetValue(key, out var owner))
            {
                problems.Add(new ShapeProblem(RuleCatalog.KeyCollision, property, ShapeMessages.SameKey(property, owner, key)));
                continue;
            }

            owners[key] = property;
            keys.Add(new KeyMapping(property, key, shape, ValueRules.Of(property)));
        }

        record.Keys = keys;
        record.Problems = problems;
    }

    private static Type? GenericInterface(Type type, Type definition)
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

    private static bool IsFrameworkType(Type type) =>
        type.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal));

    internal static string Describe(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Describe)) + ">"
        : type.Name;
}
