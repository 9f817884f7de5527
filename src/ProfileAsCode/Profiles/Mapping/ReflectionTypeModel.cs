using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>
/// The build host's and the CLI's answers to <see cref="ITypeModel{TType, TProperty}"/>: System.Type and its metadata.
/// Members come in declaration order without metadata tokens where the runtime has none (<see cref="DeclarationOrder"/>).
/// </summary>
internal sealed class ReflectionTypeModel : ITypeModel<Type, PropertyInfo>
{
    public IEqualityComparer<Type> TypeComparer => EqualityComparer<Type>.Default;

    public TypeFacts Describe(Type type)
    {
        if (type.IsArray)
        {
            return new TypeFacts(TypeCategory.Array, type.Namespace, type.Name, type.GetArrayRank());
        }

        var category = type switch
        {
            { IsPointer: true } or { IsByRef: true } or { IsGenericParameter: true } or { IsGenericTypeDefinition: true } => TypeCategory.Other,
            { IsEnum: true } => TypeCategory.Enum,
            { IsInterface: true } => TypeCategory.Interface,
            { IsValueType: true } => TypeCategory.Struct,
            _ when typeof(Delegate).IsAssignableFrom(type) => TypeCategory.Delegate,
            { IsAbstract: true } => TypeCategory.AbstractClass,
            _ => TypeCategory.Class,
        };
        return new TypeFacts(category, type.Namespace, type.Name);
    }

    public Type? BaseType(Type type) => type.BaseType;

    public Type? ArrayElement(Type type) => type.IsArray ? type.GetElementType() : null;

    // A type nested in a generic type carries its container's type arguments first; they are not its own.
    public IReadOnlyList<Type> TypeArguments(Type type)
    {
        if (!type.IsGenericType)
        {
            return Type.EmptyTypes;
        }

        var arguments = type.GetGenericArguments();
        var inherited = type.IsNested && type.DeclaringType!.IsGenericType ? type.DeclaringType.GetGenericArguments().Length : 0;
        return inherited == 0 ? arguments : arguments[inherited..];
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptWhole.Justification)]
    public IEnumerable<Type> Interfaces(Type type) => type.GetInterfaces();

    public IReadOnlyList<AttributeRecord> TypeAttributes(Type type) => Records(type.GetCustomAttributesData());

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptWhole.Justification)]
    public IEnumerable<PropertyInfo> DeclaredProperties(Type type) =>
        DeclarationOrder.Of(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptWhole.Justification)]
    public IEnumerable<EnumMember> EnumMembers(Type type) =>
        DeclarationOrder.Of(type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => new EnumMember(f.Name, f.GetValue(null)!, Records(f.GetCustomAttributesData())));

    public string PropertyName(PropertyInfo property) => property.Name;

    public Type PropertyType(PropertyInfo property) => property.PropertyType;

    public bool IsOverride(PropertyInfo property) =>
        property.GetMethod is { } getter && getter.GetBaseDefinition().DeclaringType != getter.DeclaringType;

    public IReadOnlyList<AttributeRecord> PropertyAttributes(PropertyInfo property) => Records(property.GetCustomAttributesData());

    private static IReadOnlyList<AttributeRecord> Records(IList<CustomAttributeData> attributes)
    {
        List<AttributeRecord>? records = null;
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeType.Namespace == PayloadAttributes.Namespace)
            {
                (records ??= new List<AttributeRecord>()).Add(new AttributeRecord(
                    attribute.AttributeType.Name,
                    attribute.ConstructorArguments.Select(Constant).ToArray(),
                    attribute.NamedArguments.Select(a => new KeyValuePair<string, object?>(a.MemberName, Constant(a.TypedValue))).ToArray()));
            }
        }

        return records ?? (IReadOnlyList<AttributeRecord>)Array.Empty<AttributeRecord>();
    }

    private static object? Constant(CustomAttributeTypedArgument argument) =>
        argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(Constant).ToArray() : argument.Value;
}
