using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>The analyzer's answers to <see cref="ITypeModel{TType, TProperty}"/>: the compiler's symbols, as metadata would give them.</summary>
internal sealed class SymbolTypeModel : ITypeModel<ITypeSymbol, IPropertySymbol>
{
    public IEqualityComparer<ITypeSymbol> TypeComparer => SymbolEqualityComparer.Default;

    public TypeFacts Describe(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return new TypeFacts(TypeCategory.Array, null, type.ToDisplayString(), array.Rank);
        }

        var category = type switch
        {
            INamedTypeSymbol { IsUnboundGenericType: true } => TypeCategory.Other,
            INamedTypeSymbol { TypeKind: TypeKind.Enum } => TypeCategory.Enum,
            INamedTypeSymbol { TypeKind: TypeKind.Interface } => TypeCategory.Interface,
            INamedTypeSymbol { TypeKind: TypeKind.Struct } => TypeCategory.Struct,
            INamedTypeSymbol { TypeKind: TypeKind.Delegate } => TypeCategory.Delegate,
            INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: true } or INamedTypeSymbol { TypeKind: TypeKind.Class, IsStatic: true } => TypeCategory.AbstractClass, // as metadata marks a static class
            INamedTypeSymbol { TypeKind: TypeKind.Class } => TypeCategory.Class,
            _ => TypeCategory.Other,
        };
        return category == TypeCategory.Other
            ? new TypeFacts(category, null, type.ToDisplayString())
            : new TypeFacts(category, NamespaceOf(type), type.MetadataName);
    }

    public ITypeSymbol? BaseType(ITypeSymbol type) => type.BaseType;

    public ITypeSymbol? ArrayElement(ITypeSymbol type) => (type as IArrayTypeSymbol)?.ElementType;

    public IReadOnlyList<ITypeSymbol> TypeArguments(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named ? named.TypeArguments : ImmutableArray<ITypeSymbol>.Empty;

    public IEnumerable<ITypeSymbol> Interfaces(ITypeSymbol type) => type.AllInterfaces;

    public IReadOnlyList<AttributeRecord> TypeAttributes(ITypeSymbol type) => Records(type.GetAttributes());

    public IEnumerable<IPropertySymbol> DeclaredProperties(ITypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property
                && property.GetMethod is { DeclaredAccessibility: Accessibility.Public })
            {
                yield return property;
            }
        }
    }

    public IEnumerable<EnumMember> EnumMembers(ITypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } value } field)
            {
                yield return new EnumMember(field.Name, value, Records(field.GetAttributes()));
            }
        }
    }

    public string PropertyName(IPropertySymbol property) => property.Name;

    public ITypeSymbol PropertyType(IPropertySymbol property) => property.Type;

    public bool IsOverride(IPropertySymbol property) => property.IsOverride;

    public IReadOnlyList<AttributeRecord> PropertyAttributes(IPropertySymbol property) => Records(property.GetAttributes());

    // Loops, not LINQ: each LINQ call over Roslyn's struct collections is one more generic instantiation for csc to JIT in every build.
    private static IReadOnlyList<AttributeRecord> Records(ImmutableArray<AttributeData> attributes)
    {
        List<AttributeRecord>? records = null;
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is { ContainingNamespace: { Name: PayloadAttributes.Namespace, ContainingNamespace.IsGlobalNamespace: true } } type)
            {
                var named = new KeyValuePair<string, object?>[attribute.NamedArguments.Length];
                for (var i = 0; i < named.Length; i++)
                {
                    named[i] = new KeyValuePair<string, object?>(attribute.NamedArguments[i].Key, Constant(attribute.NamedArguments[i].Value));
                }

                (records ??= new List<AttributeRecord>()).Add(new AttributeRecord(type.Name, Constants(attribute.ConstructorArguments), named));
            }
        }

        return records ?? (IReadOnlyList<AttributeRecord>)Array.Empty<AttributeRecord>();
    }

    private static object?[] Constants(ImmutableArray<TypedConstant> constants)
    {
        var values = new object?[constants.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Constant(constants[i]);
        }

        return values;
    }

    // An array argument given as null ([AbsoluteUri(null)]) is an array constant that IsNull: its Value throws.
    private static object? Constant(TypedConstant constant) =>
        constant.Kind != TypedConstantKind.Array ? constant.Value
        : constant.IsNull ? null
        : Constants(constant.Values);

    /// <summary>As System.Type.Namespace gives it: that of the outermost type, null in the global namespace.</summary>
    private static string? NamespaceOf(ITypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;
}
