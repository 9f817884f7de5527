using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>The keys a payload record (or a record nested in one) writes, with their value rules.</summary>
internal sealed class PayloadSchema
{
    private readonly Dictionary<IPropertySymbol, PayloadMember> byProperty = new(SymbolEqualityComparer.Default);

    public PayloadSchema(PayloadMarker? marker, IReadOnlyList<PayloadMember> members)
    {
        Marker = marker;
        Members = members;
        foreach (var member in members)
        {
            byProperty[member.Property.OriginalDefinition] = member;
        }
    }

    /// <summary>[PreferenceDomain] or [ApplePayload]; null for a nested record.</summary>
    public PayloadMarker? Marker { get; }

    /// <summary>The preference domain or Apple payload type; null for a nested record.</summary>
    public string? Domain => Marker?.Identifier;

    /// <summary>Which of the two <see cref="Domain"/> is (a nested record counts as a preference domain; it is never a payload's facts).</summary>
    public PayloadKind Kind => Marker?.Kind ?? PayloadKind.PreferenceDomain;

    public IReadOnlyList<PayloadMember> Members { get; }

    // Jamf Connect's login record has over a hundred keys: looked up per assignment, so not a linear scan.
    public PayloadMember? Find(IPropertySymbol property) => byProperty.TryGetValue(property.OriginalDefinition, out var member) ? member : null;

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
internal sealed class PayloadMember(IPropertySymbol property, string keyPath, IReadOnlyList<ValueRule> rules, PayloadSchema? nested, bool hasDefault, bool isAdditionalKeys, Func<string, PayloadSchema>? itemSchema = null, bool isData = false)
{
    // Item schemas by index, built when a list literal has that many items: a list holds a handful.
    private readonly List<PayloadSchema> items = new();

    public IPropertySymbol Property { get; } = property;

    public string KeyPath { get; } = keyPath;

    public IReadOnlyList<ValueRule> Rules { get; } = rules;

    /// <summary>The schema of a nested record (written as a dictionary), whose keys extend this key path.</summary>
    public PayloadSchema? Nested { get; } = nested;

    /// <summary>The property has an initializer in source, so leaving it out of an initializer does not mean "not set".</summary>
    public bool HasDefault { get; } = hasDefault;

    /// <summary>[AdditionalKeys]: raw extra keys whose names the analyzer cannot know.</summary>
    public bool IsAdditionalKeys { get; } = isAdditionalKeys;

    /// <summary>
    /// Written as &lt;data&gt; (<c>byte[]</c> and the like): a literal such as <c>[0x30, 0x82]</c> is bytes, not an array
    /// of integers, so its value is not given to the rules (they do not read data), as the build host does not.
    /// </summary>
    public bool IsData { get; } = isData;

    /// <summary>A list of records in an Apple payload, whose items are read key by key (<c>Key[0].Child</c>).</summary>
    public bool HasItemSchemas => itemSchema is not null;

    /// <summary>The schema of item <paramref name="index"/> of a list of records (its keys under <c>KeyPath[index].</c>).</summary>
    public PayloadSchema ItemSchema(int index)
    {
        lock (items)
        {
            while (items.Count <= index)
            {
                items.Add(itemSchema!(KeyPath + "[" + items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]."));
            }

            return items[index];
        }
    }
}

/// <summary>
/// The schemas of payload records, one per record type for the compilation. What a record writes comes from
/// the compilation's <see cref="ShapeModel{TType, TProperty}"/>; this adds what only source shows (property
/// initializers) and flattens nested records into dotted key paths.
/// </summary>
internal sealed class PayloadSchemaCache
{
    // Nested records deeper than this are treated as opaque; real payloads nest one or two levels.
    private const int MaxDepth = 4;

    private readonly ProfileAsCodeSymbols symbols;
    // Every type asked about, payload or not: analyzers ask once per object creation and property initializer.
    private readonly ConcurrentDictionary<INamedTypeSymbol, Entry> byType = new(SymbolEqualityComparer.Default);

    private readonly Func<INamedTypeSymbol, Entry> create;

    public PayloadSchemaCache(ProfileAsCodeSymbols symbols)
    {
        this.symbols = symbols;
        create = definition => new Entry(BuildPayload(definition));
    }

    /// <summary>The schema of a payload record ([PreferenceDomain] or [ApplePayload]), or null for any other type.</summary>
    public PayloadSchema? ForPayload(ITypeSymbol? type) =>
        type is INamedTypeSymbol named ? byType.GetOrAdd(named.OriginalDefinition, create).Schema : null;

    private PayloadSchema? BuildPayload(INamedTypeSymbol definition) =>
        symbols.Shapes.MarkerOf(definition) is { } marker ? Build(definition, marker, prefix: string.Empty, depth: 0, readsItems: marker.Kind == PayloadKind.ApplePayload) : null;

    // readsItems: an Apple payload, whose lists of records are read item by item for the schema rules.
    private PayloadSchema Build(INamedTypeSymbol type, PayloadMarker? marker, string prefix, int depth, bool readsItems)
    {
        var layout = symbols.Shapes.Layout(type);
        var members = new List<PayloadMember>(layout.Members.Count);
        foreach (var member in layout.Members)
        {
            var keyPath = prefix + member.Key;
            var nested = depth < MaxDepth && member.Type is { Kind: TypeShapeKind.Record, Type: INamedTypeSymbol nestedType }
                ? Build(nestedType.OriginalDefinition, marker: null, keyPath + ".", depth + 1, readsItems)
                : null;
            Func<string, PayloadSchema>? items = null;
            if (readsItems && depth < MaxDepth && member.Type is { Kind: TypeShapeKind.Array, Element: INamedTypeSymbol element }
                && symbols.Shapes.Classify(element).Kind == TypeShapeKind.Record)
            {
                var itemType = element.OriginalDefinition;
                var itemDepth = depth + 1;
                items = itemPrefix => Build(itemType, marker: null, itemPrefix, itemDepth, readsItems: true);
            }

            members.Add(new PayloadMember(member.Property, keyPath, member.Rules, nested, HasInitializerInSource(member.Property), member.IsAdditionalKeys, items, member.Type.Kind == TypeShapeKind.Data));
        }

        return new PayloadSchema(marker, members);
    }

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

    private sealed class Entry
    {
        public Entry(PayloadSchema? schema) => Schema = schema;

        public PayloadSchema? Schema { get; }
    }
}
