using System.Collections.Concurrent;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Shapes;

/// <summary>
/// The one place that decides how declared types become property-list values, for the analyzer (over Roslyn
/// symbols) and the build host (over System.Type) alike: a type's class and <see cref="TypeShape"/>, a
/// record's layout (properties, keys, value rules, PAC3004/PAC3005 findings), how an enum is written (strings or integers) and
/// a record's payload marker. Each answer is worked out once per type and kept: the analyzer asks for every
/// object creation it sees, and a compilation holds one instance for all its analyzers. Thread-safe.
/// </summary>
internal sealed class ShapeModel<TType, TProperty>
    where TType : class
    where TProperty : class
{
    // Collections nest a type inside itself only by mistake (class Node : List<Node>): cut there, not overflow the stack.
    private const int MaxCollectionNesting = 16;

    private readonly TypeNames<TType, TProperty> names;
    private readonly TypeClassifier<TType, TProperty> classifier;
    private readonly Memo<TypeClass<TType>> classes;
    private readonly Memo<TypeShape> declaredShapes;
    private readonly Memo<TypeShape> runtimeShapes;
    private readonly Memo<PayloadMarker?> markers;
    private readonly Memo<RecordLayout<TType, TProperty>> layouts;
    private readonly Memo<EnumLayout> enums;

    public ShapeModel(ITypeModel<TType, TProperty> types)
    {
        Types = types;
        names = new TypeNames<TType, TProperty>(types);
        classifier = new TypeClassifier<TType, TProperty>(types, names);
        var comparer = types.TypeComparer;
        classes = new(comparer, classifier.Classify);
        declaredShapes = new(comparer, type => ShapeOf(type, runtimeValue: false, new List<TType>()));
        runtimeShapes = new(comparer, type => ShapeOf(type, runtimeValue: true, new List<TType>()));
        markers = new(comparer, type => PayloadAttributes.Marker(Types.TypeAttributes(type)));
        layouts = new(comparer, type => RecordLayoutBuilder.Build(this, classifier.Unwrap(type)));
        enums = new(comparer, type => ReadEnum(classifier.Unwrap(type)));
    }

    public ITypeModel<TType, TProperty> Types { get; }

    public TypeClass<TType> Classify(TType type) => classes[type];

    /// <summary>The type as C# writes it, for messages (<c>int?</c>, <c>IReadOnlyList&lt;string&gt;</c>).</summary>
    public string NameOf(TType type) => names.Of(type);

    /// <summary>A declared property type: <c>object</c> is not representable there (the analyzer cannot see the value).</summary>
    public TypeShape DeclaredShape(TType type) => declaredShapes[type];

    /// <summary>The runtime type of a raw value: an <c>object</c> element is checked when its own value is mapped.</summary>
    public TypeShape RuntimeShape(TType type) => runtimeShapes[type];

    /// <summary>
    /// [PreferenceDomain] or [ApplePayload] on the type itself (the analyzers ask for every type they meet, so
    /// Nullable&lt;T&gt; is not looked into: unwrap it first); null for any other type.
    /// </summary>
    public PayloadMarker? MarkerOf(TType type) => markers[type];

    /// <summary>The layout of a record (or any class or struct, as a record; Nullable&lt;T&gt; unwrapped).</summary>
    public RecordLayout<TType, TProperty> Layout(TType type) => layouts[type];

    /// <summary>How an enum is written, strings or integers, and its members (Nullable&lt;T&gt; unwrapped).</summary>
    public EnumLayout EnumLayout(TType type) => enums[type];

    /// <summary>An enum's members in declaration order, each with how it is written (Nullable&lt;T&gt; unwrapped).</summary>
    public IReadOnlyList<EnumValue> EnumValues(TType type) => enums[type].Values;

    /// <summary>The properties of a record in the order it writes them, not classified (a profile record's payloads).</summary>
    public IReadOnlyList<RecordProperty<TProperty>> Properties(TType type) => RecordProperties.Of(Types, type);

    private TypeShape ShapeOf(TType type, bool runtimeValue, List<TType> outer)
    {
        var classified = Classify(type);
        if (classified.Kind is not (TypeShapeKind.Array or TypeShapeKind.Dictionary))
        {
            return TypeShape.Of(classified.IsObject && runtimeValue ? TypeShapeKind.PlistValue : classified.Kind, classified.Name);
        }

        if (outer.Count >= MaxCollectionNesting || outer.Contains(classified.Type, Types.TypeComparer))
        {
            return TypeShape.Of(TypeShapeKind.Unsupported, classified.Name);
        }

        outer.Add(classified.Type);
        var element = ShapeOf(classified.Element!, runtimeValue, outer);
        outer.RemoveAt(outer.Count - 1);
        if (classified.Kind == TypeShapeKind.Array)
        {
            return TypeShape.ArrayOf(classified.Name, element);
        }

        var key = Classify(classified.Key!);
        var keyShape = key.Scalar == ScalarKind.String ? TypeShape.Of(TypeShapeKind.String, key.Name) : TypeShape.Of(TypeShapeKind.Unsupported, NameOf(classified.Key!));
        return TypeShape.DictionaryOf(classified.Name, keyShape, element);
    }

    private EnumLayout ReadEnum(TType type)
    {
        var integers = PayloadAttributes.WritesIntegers(Types.TypeAttributes(type));
        var values = new List<EnumValue>();
        foreach (var member in Types.EnumMembers(type))
        {
            var written = integers
                ? Convert.ToDecimal(member.Value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : PayloadAttributes.WrittenValue(member);
            values.Add(new EnumValue(member.Name, member.Value, written, EnumValue.NumberOf(member.Value)));
        }

        return new EnumLayout(integers, values);
    }

    /// <summary>A value per type, worked out on first use; under a race two threads may both work it out, and one answer is kept.</summary>
    private sealed class Memo<TValue>(IEqualityComparer<TType> comparer, Func<TType, TValue> compute)
    {
        private readonly ConcurrentDictionary<TType, TValue> values = new(comparer);

        public TValue this[TType type] => values.GetOrAdd(type, compute);
    }
}
