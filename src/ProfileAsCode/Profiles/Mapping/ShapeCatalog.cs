using System.Reflection;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>
/// The build host's plan, per .NET type, for turning values into plist values (docs/profiles.md, "Mapping").
/// What a type is, which keys a record writes and what is wrong with its declaration, the shared
/// <see cref="ShapeModel{TType, TProperty}"/> decides, for the analyzer too; this adds what only values
/// need: the enum members to compare with (or their numbers), the properties to read.
/// </summary>
internal static class ShapeCatalog
{
    /// <summary>The shared classification over System.Type, for the life of the process.</summary>
    public static readonly ShapeModel<Type, PropertyInfo> Model = new(new ReflectionTypeModel());

    private static readonly Dictionary<Type, ValueShape> Cache = new();
    private static readonly HashSet<Type> Building = new();
    private static readonly Queue<RecordShape> Unfilled = new();
    private static readonly object Gate = new();

    public static ValueShape ShapeOf(Type type)
    {
        lock (Gate)
        {
            var shape = Plan(type);

            // Records are filled once the collections around them are planned and cached: a record that holds a list
            // of itself (Parental Controls' WhiteList items and their SubApps) then finds that list's shape.
            while (Unfilled.Count > 0)
            {
                Fill(Unfilled.Dequeue());
            }

            return shape;
        }
    }

    public static RecordShape RecordShapeOf(Type type) =>
        ShapeOf(type) as RecordShape ?? throw new ArgumentException($"{type} is not a record type.", nameof(type));

    /// <summary>[PreferenceDomain] or [ApplePayload] of a payload record; null for any other type (Nullable&lt;T&gt; included: unwrap it first).</summary>
    public static PayloadMarker? MarkerOf(Type type) => Model.MarkerOf(type);

    /// <summary>A record's properties in the order it writes them (<see cref="Shapes.RecordProperties"/>).</summary>
    public static IReadOnlyList<PropertyInfo> RecordProperties(Type type) => Model.Properties(type).Select(p => p.Property).ToArray();

    private static ValueShape Plan(Type type)
    {
        if (Cache.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var classified = Model.Classify(type);
        if (classified.Type != type)
        {
            return Cache[type] = Plan(classified.Type); // Nullable<T>: T's shape
        }

        // Only a collection that holds itself (class Node : List<Node>) comes back before it is cached; the model reports it (PAC3004).
        if (!Building.Add(type))
        {
            return UnsupportedShape.Instance;
        }

        ValueShape shape;
        try
        {
            shape = classified switch
            {
                { Scalar: { } scalar } => new ScalarShape(scalar),
                { Kind: TypeShapeKind.Enum } => EnumOf(type),
                { Kind: TypeShapeKind.PlistValue } => RawShape.Instance,
                { IsObject: true } => DynamicShape.Instance,
                { Kind: TypeShapeKind.Dictionary } => new MapShape(classified.Key!, Plan(classified.Element!)),
                { Kind: TypeShapeKind.Array } => new ArrayShape(Plan(classified.Element!)),
                { Kind: TypeShapeKind.Record } => new RecordShape(type),
                _ => UnsupportedShape.Instance,
            };
        }
        finally
        {
            Building.Remove(type);
        }

        Cache[type] = shape;
        if (shape is RecordShape record)
        {
            Unfilled.Enqueue(record); // filled by ShapeOf, after caching, so a record that contains itself finds its own shape
        }

        return shape;
    }

    private static EnumShape EnumOf(Type enumType)
    {
        var layout = Model.EnumLayout(enumType);
        var strings = new Dictionary<object, string>();
        if (!layout.WritesIntegers)
        {
            foreach (var value in layout.Values)
            {
                strings.TryAdd(value.Value, value.Written);
            }
        }

        var numberKind = Model.Classify(Enum.GetUnderlyingType(enumType)).Scalar ?? ScalarKind.SignedInteger;
        return new EnumShape(enumType, layout, strings, numberKind);
    }

    private static void Fill(RecordShape record)
    {
        var layout = Model.Layout(record.Type);
        record.Keys = layout.Keys.Select(member => new KeyMapping(member.Property, member.Key, Plan(member.Property.PropertyType), member.Rules, member.DeclaredBy)).ToArray();
        record.AdditionalKeys = layout.AdditionalKeys?.Property;
        record.Problems = layout.Problems.Select(problem => new ShapeProblem(problem.Rule, problem.Message, problem.KeyPath)).ToArray();
    }
}
