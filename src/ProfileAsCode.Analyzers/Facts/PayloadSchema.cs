using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>The keys a payload record (or a record nested in one) writes, with their value rules.</summary>
internal sealed class PayloadSchema
{
    public PayloadSchema(string? domain, IReadOnlyList<PayloadMember> members)
    {
        Domain = domain;
        Members = members;
    }

    /// <summary>The [PreferenceDomain] domain; null for a nested record.</summary>
    public string? Domain { get; }

    public IReadOnlyList<PayloadMember> Members { get; }

    public PayloadMember? Find(IPropertySymbol property)
    {
        var definition = property.OriginalDefinition;
        foreach (var member in Members)
        {
            if (SymbolEqualityComparer.Default.Equals(member.Property, definition))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The top-level member written under a key path (nested paths are not looked into).</summary>
    public PayloadMember? FindByKeyPath(string keyPath)
    {
        foreach (var member in Members)
        {
            if (member.Nested is null && string.Equals(member.KeyPath, keyPath, StringComparison.Ordinal))
            {
                return member;
            }
        }

        return null;
    }

    public PayloadMember? FindByName(string propertyName)
    {
        foreach (var member in Members)
        {
            if (member.Property.Name == propertyName)
            {
                return member;
            }
        }

        return null;
    }
}

/// <summary>One property of a payload record and the (dotted) key path it is written under.</summary>
internal sealed class PayloadMember
{
    public PayloadMember(IPropertySymbol property, string keyPath, IReadOnlyList<ValueRule> rules, PayloadSchema? nested, bool hasDefault, bool isAdditionalKeys)
    {
        Property = property;
        KeyPath = keyPath;
        Rules = rules;
        Nested = nested;
        HasDefault = hasDefault;
        IsAdditionalKeys = isAdditionalKeys;
    }

    public IPropertySymbol Property { get; }

    public string KeyPath { get; }

    public IReadOnlyList<ValueRule> Rules { get; }

    /// <summary>The schema of a nested record (written as a dictionary), whose keys extend this key path.</summary>
    public PayloadSchema? Nested { get; }

    /// <summary>The property has an initializer in source, so leaving it out of an initializer does not mean "not set".</summary>
    public bool HasDefault { get; }

    /// <summary>[AdditionalKeys]: raw extra keys whose names the analyzer cannot know.</summary>
    public bool IsAdditionalKeys { get; }
}

internal sealed class PayloadSchemaCache
{
    // Nested records deeper than this are treated as opaque; real payloads nest one or two levels.
    private const int MaxDepth = 4;

    private readonly ProfileAsCodeSymbols symbols;
    private readonly ConcurrentDictionary<INamedTypeSymbol, PayloadSchema> payloads = new(SymbolEqualityComparer.Default);

    public PayloadSchemaCache(ProfileAsCodeSymbols symbols)
    {
        this.symbols = symbols;
    }

    /// <summary>The schema of a [PreferenceDomain] record, or null for any other type.</summary>
    public PayloadSchema? ForPayload(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || symbols.FindAttribute(named, symbols.PreferenceDomain) is not { } domainAttribute)
        {
            return null;
        }

        return payloads.GetOrAdd(named.OriginalDefinition, definition =>
            Build(definition, domainAttribute.ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty, prefix: string.Empty, depth: 0));
    }

    private PayloadSchema Build(INamedTypeSymbol type, string? domain, string prefix, int depth)
    {
        var members = new List<PayloadMember>();
        foreach (var property in PublicInstanceProperties(type))
        {
            var keyPath = prefix + (symbols.FindAttribute(property, symbols.PayloadKey)?.ConstructorArguments.FirstOrDefault().Value as string ?? property.Name);
            var nested = depth < MaxDepth && IsNestedRecord(property.Type)
                ? Build((INamedTypeSymbol)property.Type.OriginalDefinition, domain: null, keyPath + ".", depth + 1)
                : null;
            members.Add(new PayloadMember(
                property,
                keyPath,
                ValueRuleReader.Read(symbols, property),
                nested,
                HasInitializerInSource(property),
                symbols.FindAttribute(property, symbols.AdditionalKeys) is not null));
        }

        return new PayloadSchema(domain, members);
    }

    private static IEnumerable<IPropertySymbol> PublicInstanceProperties(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, IsOverride: false } property)
                {
                    yield return property;
                }
            }
        }
    }

    private static bool IsNestedRecord(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsRecord: true, TypeKind: TypeKind.Class or TypeKind.Struct };

    private static bool HasInitializerInSource(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null })
            {
                return true;
            }
        }

        return false;
    }
}
