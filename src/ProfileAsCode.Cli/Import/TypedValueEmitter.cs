using System.Reflection;
using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// Writes a plist value as C# for a property of a typed payload record (the library's Jamf Connect and Apple
/// records), following the same <see cref="ShapeCatalog"/> the builder maps with, so what is emitted builds back
/// to the same value: enums as members (an integer enum's number without a member as a cast, noted in
/// <see cref="Remarks"/>), nested records as initializers, unknown keys into the record's <c>[AdditionalKeys]</c>.
/// A value that would not come back the same is refused, with why. One emitter writes one payload: it counts
/// the keys that found a typed property and those that went to <c>[AdditionalKeys]</c>, so that the record
/// that fits a payload best can be chosen (<see cref="RecordChoice"/>).
/// </summary>
internal sealed class TypedValueEmitter(TypeNames names, GuidConstants strings)
{
    private static readonly Type[] CollectionExpressionTargets =
    [
        typeof(IEnumerable<>), typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IList<>), typeof(ICollection<>), typeof(List<>),
    ];

    private readonly List<string> path = [];
    private readonly List<string> remarks = [];

    /// <summary>Keys written through a typed property, and dictionary entries of a typed value (not <c>PlistValue</c> or <c>object</c>), at every level.</summary>
    public int TypedKeys { get; private set; }

    /// <summary>Keys written through an <c>[AdditionalKeys]</c> dictionary, at every level.</summary>
    public int RawKeys { get; private set; }

    /// <summary>What the admin should know about values kept in an unusual way (a number an enum has no member for).</summary>
    public IReadOnlyList<string> Remarks => remarks;

    public Emitted Record(PlistDictionary settings, Type recordType, string creation)
    {
        if (ShapeCatalog.ShapeOf(recordType) is not RecordShape shape)
        {
            return Emitted.Fail($"{recordType.Name} is not a record type");
        }

        if (shape.Problems.Count > 0)
        {
            return Emitted.Fail($"{recordType.Name} has mapping problems: {shape.Problems[0].Message}");
        }

        var members = new List<(string, Expr)>();
        foreach (var mapping in shape.Keys)
        {
            if (!settings.TryGetValue(mapping.Key, out var value))
            {
                continue;
            }

            if (mapping.Property.SetMethod is not { IsPublic: true })
            {
                return Emitted.Fail($"{recordType.Name}.{mapping.Property.Name} ({mapping.Key}) cannot be set");
            }

            path.Add(mapping.Key);
            var emitted = Value(value, mapping.Property.PropertyType);
            path.RemoveAt(path.Count - 1);
            if (emitted.Problem is { } problem)
            {
                return Emitted.Fail($"{mapping.Key} = {Profiles.ValueText.Format(value)} does not fit {recordType.Name}.{mapping.Property.Name}: {problem}");
            }

            TypedKeys++;
            members.Add((CSharpLiteral.Identifier(mapping.Property.Name), emitted.Expr!));
        }

        var untyped = settings.Where(e => shape.Keys.All(k => k.Key != e.Key)).ToList();
        if (untyped.Count > 0)
        {
            if (shape.AdditionalKeys is not { } additional || additional.SetMethod is not { IsPublic: true }
                || !additional.PropertyType.IsAssignableFrom(typeof(Dictionary<string, object>)))
            {
                return Emitted.Fail($"{recordType.Name} has no property for {string.Join(", ", untyped.Select(e => e.Key))} and no settable [AdditionalKeys] dictionary");
            }

            RawKeys += untyped.Count;
            var valuesMayBeNull = new NullabilityInfoContext().Create(additional).GenericTypeArguments is [_, { ReadState: NullabilityState.Nullable }];
            members.Add((CSharpLiteral.Identifier(additional.Name), RawValues.Dictionary(untyped, names, strings, valuesMayBeNull)));
        }

        return Emitted.Of(new InitializerExpr(creation, members));
    }

    public Emitted Value(PlistValue value, Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        return ShapeCatalog.ShapeOf(type) switch
        {
            ScalarShape scalar => Scalar(value, scalar.Kind, type),
            EnumShape enumShape => Enum(value, enumShape, type),
            RawShape when type.IsInstanceOfType(value) => Emitted.Of(RawValues.AsPlistValue(value, names, strings)),
            RawShape => Emitted.Fail($"a {value.Kind} is not a {type.Name}"),
            DynamicShape => Emitted.Of(RawValues.AsObject(value, names, strings)),
            ArrayShape array => Array(value, array, type),
            MapShape => Map(value, type),
            RecordShape => value is PlistDictionary dict ? Record(dict, type, "new()") : Emitted.Fail($"a {value.Kind} where a dictionary is expected"),
            UnsupportedShape => Emitted.Fail($"{type.Name} has no property-list form"),
            _ => Emitted.Fail($"no mapping for {type.Name}"),
        };
    }

    private Emitted Scalar(PlistValue value, ScalarKind kind, Type type) => (kind, value) switch
    {
        (ScalarKind.String, PlistString s) => Emitted.Of(strings.Render(s.Value)),
        (ScalarKind.Boolean, PlistBoolean b) => Emitted.Of(CSharpLiteral.Bool(b.Value)),
        (ScalarKind.SignedInteger or ScalarKind.UnsignedInteger, PlistInteger i) => Integer(i.Value, type),
        (ScalarKind.Real, PlistReal r) => Emitted.Of(CSharpLiteral.Double(r.Value)),
        (ScalarKind.DateTime, PlistDate d) => Emitted.Of(CSharpLiteral.Date(d.Value)),
        (ScalarKind.DateTimeOffset, PlistDate d) => Emitted.Of($"new global::System.DateTimeOffset({CSharpLiteral.Date(d.Value)})"),
        (ScalarKind.Data, PlistData data) => Emitted.Of(DataFor(type, data)),
        _ => Emitted.Fail($"the file has {Profiles.ValueText.KindName(value.Kind)}, the property is {type.Name}"),
    };

    // byte[] converts implicitly to ReadOnlyMemory<byte>; ImmutableArray<byte> needs wrapping.
    private static string DataFor(Type type, PlistData data) =>
        type == typeof(System.Collections.Immutable.ImmutableArray<byte>)
            ? $"global::System.Collections.Immutable.ImmutableArray.Create({CSharpLiteral.Data(data.Value)})"
            : CSharpLiteral.Data(data.Value);

    private static Emitted Integer(Int128 value, Type type)
    {
        // The integer types ShapeCatalog classifies (by TypeCode), without reflection.
        var (min, max) = Type.GetTypeCode(type) switch
        {
            TypeCode.SByte => (sbyte.MinValue, sbyte.MaxValue),
            TypeCode.Byte => (byte.MinValue, byte.MaxValue),
            TypeCode.Int16 => (short.MinValue, short.MaxValue),
            TypeCode.UInt16 => (ushort.MinValue, ushort.MaxValue),
            TypeCode.Int32 => (int.MinValue, int.MaxValue),
            TypeCode.UInt32 => (uint.MinValue, uint.MaxValue),
            TypeCode.Int64 => (long.MinValue, long.MaxValue),
            TypeCode.UInt64 => (ulong.MinValue, ulong.MaxValue),
            _ => (Int128.MinValue, Int128.MaxValue),
        };
        return value < min || value > max
            ? Emitted.Fail($"{value} does not fit {type.Name}")
            : Emitted.Of(CSharpLiteral.Integer(value, asLong: false));
    }

    /// <summary>
    /// A string enum takes the member written as the string (<see cref="EnumLayout.FindWritten"/>), nothing else; an
    /// integer enum the member with the number (<see cref="EnumLayout.FindNumber"/>), else any number its underlying
    /// type holds, as a cast (<see cref="EnumShape.ValueOf"/>): the builder writes it back as that number.
    /// </summary>
    private Emitted Enum(PlistValue value, EnumShape shape, Type type)
    {
        var layout = shape.Layout;
        switch (value)
        {
            case PlistString text when !layout.WritesIntegers:
                return layout.FindWritten(text.Value) is { } member
                    ? Emitted.Of($"{names.Name(type)}.{CSharpLiteral.Identifier(member.Name)}")
                    : Emitted.Fail($"\"{text.Value}\" is not one of {type.Name}'s values ({string.Join(", ", layout.Values.Select(v => v.Written).Distinct())})");
            case PlistInteger number when layout.WritesIntegers:
                if (number.Value >= long.MinValue && number.Value <= long.MaxValue && layout.FindNumber((long)number.Value) is { } numbered)
                {
                    return Emitted.Of($"{names.Name(type)}.{CSharpLiteral.Identifier(numbered.Name)}");
                }

                if (shape.ValueOf(number) is null)
                {
                    return Emitted.Fail($"{number.Value} does not fit {type.Name}'s underlying type");
                }

                remarks.Add($"{string.Join(".", path).Replace(".[", "[", StringComparison.Ordinal)} = {number.Value} is not a value {type.Name} names; kept as ({type.Name}){number.Value}, which writes the same number");
                var literal = CSharpLiteral.Integer(number.Value, asLong: false);
                return Emitted.Of($"({names.Name(type)}){(number.Value < 0 ? "(" + literal + ")" : literal)}");
            default:
                return Emitted.Fail($"the file has {Profiles.ValueText.KindName(value.Kind)}, the property is the enum {type.Name}");
        }
    }

    private Emitted Array(PlistValue value, ArrayShape shape, Type type)
    {
        if (value is not PlistArray array)
        {
            return Emitted.Fail($"the file has {Profiles.ValueText.KindName(value.Kind)}, the property is a list");
        }

        var element = type.IsArray ? type.GetElementType() : CollectionElement(type);
        if (element is null)
        {
            return Emitted.Fail($"{type.Name} cannot be written as a collection expression");
        }

        var items = new List<Expr>();
        for (var i = 0; i < array.Count; i++)
        {
            path.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{i}]"));
            var emitted = Value(array[i], element);
            path.RemoveAt(path.Count - 1);
            if (emitted.Problem is not null)
            {
                return emitted;
            }

            items.Add(emitted.Expr!);
        }

        return Emitted.Of(new CollectionExpr(null, items));
    }

    private static bool IsDictionaryOfString(Type type) =>
        type.GetGenericArguments() is [var key, _] && key == typeof(string)
        && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>));

    private Emitted Map(PlistValue value, Type type)
    {
        var valueType = type.IsGenericType ? type.GetGenericArguments().LastOrDefault() : null;
        if (value is not PlistDictionary dict || valueType is null)
        {
            return Emitted.Fail($"the file has {Profiles.ValueText.KindName(value.Kind)}, the property is a dictionary");
        }

        // Takes the Dictionary<string, V> a collection initializer builds (checked without MakeGenericType, which AOT cannot promise).
        if (!IsDictionaryOfString(type))
        {
            return Emitted.Fail($"{type.Name} cannot be assigned a Dictionary<string, {valueType.Name}>");
        }

        var entries = new List<(string, Expr)>();
        foreach (var (key, item) in dict)
        {
            path.Add(key);
            var emitted = Value(item, valueType);
            path.RemoveAt(path.Count - 1);
            if (emitted.Problem is not null)
            {
                return emitted;
            }

            // Entries held as PlistValue or object are kept, not typed: they do not make a record fit better.
            if (ShapeCatalog.ShapeOf(Nullable.GetUnderlyingType(valueType) ?? valueType) is not (RawShape or DynamicShape))
            {
                TypedKeys++;
            }

            entries.Add(($"[{CSharpLiteral.String(key)}]", emitted.Expr!));
        }

        names.Use(typeof(Dictionary<,>).Namespace!);
        return Emitted.Of(new InitializerExpr($"new Dictionary<string, {names.Name(valueType)}>", entries));
    }

    private static Type? CollectionElement(Type type) =>
        type.IsGenericType && CollectionExpressionTargets.Contains(type.GetGenericTypeDefinition()) ? type.GetGenericArguments()[0] : null;

}
