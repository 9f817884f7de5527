namespace ProfileAsCode.Shapes;

/// <summary>A property a record writes, with the attributes that apply to it.</summary>
internal sealed class RecordProperty<TProperty>(TProperty property, string name, string declaringTypeName, IReadOnlyList<AttributeRecord> attributes)
    where TProperty : class
{
    public TProperty Property { get; } = property;

    public string Name { get; } = name;

    /// <summary>The class that declares the property (<c>JamfConnectLogin</c>), without generic arity.</summary>
    public string DeclaringTypeName { get; } = declaringTypeName;

    /// <summary>The property's own attributes, and for an override those of the property it overrides that it does not repeat.</summary>
    public IReadOnlyList<AttributeRecord> Attributes { get; } = attributes;

    /// <summary>How messages name the property: <c>JamfConnectLogin.OidcTenant</c>.</summary>
    public string DeclaredBy => DeclaringTypeName + "." + Name;
}

/// <summary>
/// Which properties a record writes, in what order: public instance properties with a public getter, the
/// base class's first, each class's in declaration order. A property of a derived class with the name of
/// a base one — <c>override</c> or <c>new</c> — takes the base one's place, so each name is written once, as
/// the derived class defines it. An override also keeps the attributes of the property it overrides that
/// it does not repeat (every attribute read here is <c>Inherited = true</c>); a <c>new</c> property does not.
/// </summary>
internal static class RecordProperties
{
    public static IReadOnlyList<RecordProperty<TProperty>> Of<TType, TProperty>(ITypeModel<TType, TProperty> model, TType type)
        where TType : class
        where TProperty : class
    {
        var chain = new Stack<TType>();
        for (TType? current = type; current is not null && !IsRoot(model.Describe(current)); current = model.BaseType(current))
        {
            chain.Push(current);
        }

        var properties = new List<RecordProperty<TProperty>>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var declaring in chain)
        {
            var declaringName = TypeNames<TType, TProperty>.WithoutArity(model.Describe(declaring).MetadataName);
            foreach (var property in model.DeclaredProperties(declaring))
            {
                var name = model.PropertyName(property);
                var attributes = model.PropertyAttributes(property);
                if (byName.TryGetValue(name, out var index))
                {
                    if (model.IsOverride(property))
                    {
                        attributes = Inherit(attributes, properties[index].Attributes);
                    }

                    properties[index] = new RecordProperty<TProperty>(property, name, declaringName, attributes);
                }
                else
                {
                    byName[name] = properties.Count;
                    properties.Add(new RecordProperty<TProperty>(property, name, declaringName, attributes));
                }
            }
        }

        return properties;
    }

    private static bool IsRoot(TypeFacts facts) => facts.Is("System", "Object") || facts.Is("System", "ValueType");

    private static IReadOnlyList<AttributeRecord> Inherit(IReadOnlyList<AttributeRecord> own, IReadOnlyList<AttributeRecord> overridden)
    {
        List<AttributeRecord>? merged = null;
        foreach (var attribute in overridden)
        {
            if (AttributeRecord.Find(own, attribute.Name) is null)
            {
                (merged ??= new List<AttributeRecord>(own)).Add(attribute);
            }
        }

        return merged ?? own;
    }
}
