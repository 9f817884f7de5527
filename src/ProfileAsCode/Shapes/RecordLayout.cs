using ProfileAsCode.Rules;

namespace ProfileAsCode.Shapes;

/// <summary>One property of a record as the property list sees it: its key, its type's class and its value rules.</summary>
internal sealed class RecordMember<TType, TProperty>(RecordProperty<TProperty> declaration, TypeClass<TType> type, string key, bool hasPayloadKey, IReadOnlyList<ValueRule> rules, bool isAdditionalKeys)
    where TType : class
    where TProperty : class
{
    public RecordProperty<TProperty> Declaration { get; } = declaration;

    public TProperty Property => Declaration.Property;

    /// <summary>How messages name the property: <c>JamfConnectLogin.OidcTenant</c>.</summary>
    public string DeclaredBy => Declaration.DeclaredBy;

    /// <summary>The class of the property's declared type.</summary>
    public TypeClass<TType> Type { get; } = type;

    /// <summary>The exact plist key: the [PayloadKey], else the property's name.</summary>
    public string Key { get; } = key;

    public bool HasPayloadKey { get; } = hasPayloadKey;

    /// <summary>The value rules of its attributes, ordered by kind (<see cref="ValueRuleReader"/>).</summary>
    public IReadOnlyList<ValueRule> Rules { get; } = rules;

    /// <summary>Marked [AdditionalKeys]: its entries are raw keys, it is no key of its own.</summary>
    public bool IsAdditionalKeys { get; } = isAdditionalKeys;
}

/// <summary>
/// A record type laid out once: every property it writes (<see cref="RecordProperties"/>), the typed keys that
/// can be written, its [AdditionalKeys] property, and the PAC3004/PAC3005 findings of its declaration, whose
/// <see cref="Finding.Origin"/> is the <see cref="RecordMember{TType, TProperty}"/> concerned.
/// </summary>
internal sealed class RecordLayout<TType, TProperty>(
    TType type,
    PayloadMarker? marker,
    IReadOnlyList<RecordMember<TType, TProperty>> members,
    IReadOnlyList<RecordMember<TType, TProperty>> keys,
    RecordMember<TType, TProperty>? additionalKeys,
    IReadOnlyList<Finding> problems)
    where TType : class
    where TProperty : class
{
    public TType Type { get; } = type;

    /// <summary>[PreferenceDomain] or [ApplePayload], when the record is a payload of its own.</summary>
    public PayloadMarker? Marker { get; } = marker;

    /// <summary>Every property, in order, whether or not it can be written.</summary>
    public IReadOnlyList<RecordMember<TType, TProperty>> Members { get; } = members;

    /// <summary>The members written as typed keys: representable, not [AdditionalKeys], no key clash.</summary>
    public IReadOnlyList<RecordMember<TType, TProperty>> Keys { get; } = keys;

    /// <summary>The [AdditionalKeys] dictionary accepted (the first well-declared one).</summary>
    public RecordMember<TType, TProperty>? AdditionalKeys { get; } = additionalKeys;

    /// <summary>PAC3004/PAC3005 findings of the declaration: in member order, then key clashes.</summary>
    public IReadOnlyList<Finding> Problems { get; } = problems;
}
