using System.Collections.Concurrent;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Shapes;

/// <summary>
/// The one place that decides how declared types become property-list values, for the analyzer (over Roslyn
/// symbols) and the build host (over System.Type) alike: a type's class and <see cref="TypeShape"/>, a
/// record's layout (properties, keys, value rules, PAC3004/PAC3005 findings), an enum's written strings and
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
    private readonly ConcurrentDictionary<TType, TypeClass<TType>> classes;
    private readonly ConcurrentDictionary<TType, TypeShape> declaredShapes;
    private readonly ConcurrentDictionary<TType, TypeShape> runtimeShapes;
    private readonly ConcurrentDictionary<TType, PayloadMarker?> markers;
    private readonly ConcurrentDictionary<TType, RecordLayout<TType, TProperty>> layouts;
    private readonly ConcurrentDictionary<TType, IReadOnlyList<EnumValue>> enums;
    private readonly Func<TType, TypeClass<TType>> classify;
    private readonly Func<TType, TypeShape> declaredShape;
    private readonly Func<TType, TypeShape> runtimeShape;
    private readonly Func<TType, PayloadMarker?> readMarker;
    private readonly Func<TType, RecordLayout<TType, TProperty>> layOut;
    private readonly Func<TType, IReadOnlyList<EnumValue>> readEnum;

    public ShapeModel(ITypeModel<TType, TProperty> types)
    {
        Types = types;
        names = new TypeNames<TType, TProperty>(types);
        classifier = new TypeClassifier<TType, TProperty>(types, names);
        var comparer = types.TypeComparer;
        classes = new ConcurrentDictionary<TType, TypeClass<TType>>(comparer);
        declaredShapes = new ConcurrentDictionary<TType, TypeShape>(comparer);
        runtimeShapes = new ConcurrentDictionary<TType, TypeShape>(comparer);
        markers = new ConcurrentDictionary<TType, PayloadMarker?>(comparer);
        layouts = new ConcurrentDictionary<TType, RecordLayout<TType, TProperty>>(comparer);
        enums = new ConcurrentDictionary<TType, IReadOnlyList<EnumValue>>(comparer);
        classify = classifier.Classify;
        declaredShape = type => ShapeOf(type, runtimeValue: false, new List<TType>());
        runtimeShape = type => ShapeOf(type, runtimeValue: true, new List<TType>());
        readMarker = type => PayloadAttributes.Marker(Types.TypeAttributes(type));
        layOut = type => LayOut(classifier.Unwrap(type));
        readEnum = type => ReadEnum(classifier.Unwrap(type));
    }

    public ITypeModel<TType, TProperty> Types { get; }

    public TypeClass<TType> Classify(TType type) => classes.GetOrAdd(type, classify);

    /// <summary>The type as C# writes it, for messages (<c>int?</c>, <c>IReadOnlyList&lt;string&gt;</c>).</summary>
    public string NameOf(TType type) => names.Of(type);

    /// <summary>A declared property type: <c>object</c> is not representable there (the analyzer cannot see the value).</summary>
    public TypeShape DeclaredShape(TType type) => declaredShapes.GetOrAdd(type, declaredShape);

    /// <summary>The runtime type of a raw value: an <c>object</c> element is checked when its own value is mapped.</summary>
    public TypeShape RuntimeShape(TType type) => runtimeShapes.GetOrAdd(type, runtimeShape);

    /// <summary>
    /// [PreferenceDomain] or [ApplePayload] on the type itself (the analyzers ask for every type they meet, so
    /// Nullable&lt;T&gt; is not looked into: unwrap it first); null for any other type.
    /// </summary>
    public PayloadMarker? MarkerOf(TType type) => markers.GetOrAdd(type, readMarker);

    /// <summary>The layout of a record (or any class or struct, as a record; Nullable&lt;T&gt; unwrapped).</summary>
    public RecordLayout<TType, TProperty> Layout(TType type) => layouts.GetOrAdd(type, layOut);

    /// <summary>An enum's members in declaration order, each with the string it is written as (Nullable&lt;T&gt; unwrapped).</summary>
    public IReadOnlyList<EnumValue> EnumValues(TType type) => enums.GetOrAdd(type, readEnum);

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

    private RecordLayout<TType, TProperty> LayOut(TType type)
    {
        var members = new List<RecordMember<TType, TProperty>>();
        var candidates = new List<RecordMember<TType, TProperty>>();
        var problems = new List<Finding>();
        RecordMember<TType, TProperty>? additionalKeys = null;
        foreach (var property in RecordProperties.Of(Types, type))
        {
            var declared = Types.PropertyType(property.Property);
            var key = PayloadAttributes.Key(property.Attributes);
            var member = new RecordMember<TType, TProperty>(
                property,
                Classify(declared),
                key ?? property.Name,
                key is not null,
                ValueRuleReader.Read(property.Attributes),
                PayloadAttributes.IsAdditionalKeys(property.Attributes));
            members.Add(member);

            if (member.IsAdditionalKeys)
            {
                if (AdditionalKeysDeclaration.Check(member.DeclaredBy, DeclaredShape(declared), additionalKeys?.Declaration.Name, member) is { } misdeclared)
                {
                    problems.Add(misdeclared);
                }
                else
                {
                    additionalKeys = member;
                }
            }
            else if (PlistRepresentability.Check(member.DeclaredBy, DeclaredShape(declared)) is { } unrepresentable)
            {
                problems.Add(new Finding(unrepresentable.Rule, unrepresentable.Message, member.Key, member));
            }
            else
            {
                candidates.Add(member);
            }
        }

        var declarations = new KeyDeclaration[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            declarations[i] = new KeyDeclaration(candidates[i].Key, candidates[i].DeclaredBy, candidates[i]);
        }

        var collisions = KeyCollisions.Check(declarations);
        problems.AddRange(collisions);
        var keys = collisions.Count == 0 ? candidates : candidates.Where(member => !collisions.Any(f => ReferenceEquals(f.Origin, member))).ToList();
        return new RecordLayout<TType, TProperty>(type, MarkerOf(type), members, keys, additionalKeys, problems);
    }

    private IReadOnlyList<EnumValue> ReadEnum(TType type)
    {
        var values = new List<EnumValue>();
        foreach (var member in Types.EnumMembers(type))
        {
            values.Add(new EnumValue(member.Name, member.Value, PayloadAttributes.WrittenValue(member)));
        }

        return values;
    }
}
