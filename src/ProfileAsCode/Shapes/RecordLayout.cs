using ProfileAsCode.Rules;

namespace ProfileAsCode.Shapes;

/// <summary>One property of a record as the property list sees it: its key, its type's class and its value rules.</summary>
internal sealed class RecordMember<TType, TProperty>
    where TType : class
    where TProperty : class
{
    public RecordMember(RecordProperty<TProperty> property, TypeClass<TType> type, string key, bool hasPayloadKey, IReadOnlyList<ValueRule> rules, bool isAdditionalKeys)
    {
        Declaration = property;
        Type = type;
        Key = key;
        HasPayloadKey = hasPayloadKey;
        Rules = rules;
        IsAdditionalKeys = isAdditionalKeys;
    }

    public RecordProperty<TProperty> Declaration { get; }

    public TProperty Property => Declaration.Property;

    /// <summary>How messages name the property: <c>JamfConnectLogin.OidcTenant</c>.</summary>
    public string DeclaredBy => Declaration.DeclaredBy;

    /// <summary>The class of the property's declared type.</summary>
    public TypeClass<TType> Type { get; }

    /// <summary>The exact plist key: the [PayloadKey], else the property's name.</summary>
    public string Key { get; }

    public bool HasPayloadKey { get; }

    /// <summary>The value rules of its attributes, ordered by kind (<see cref="ValueRuleReader"/>).</summary>
    public IReadOnlyList<ValueRule> Rules { get; }

    /// <summary>Marked [AdditionalKeys]: its entries are raw keys, it is no key of its own.</summary>
    public bool IsAdditionalKeys { get; }
}

/// <summary>
/// A record type laid out once: every property it writes (<see cref="RecordProperties"/>), the typed keys that
/// can be written, its [AdditionalKeys] property, and the PAC3004/PAC3005 findings of its declaration, whose
/// <see cref="Finding.Origin"/> is the <see cref="RecordMember{TType, TProperty}"/> concerned.
/// </summary>
internal sealed class RecordLayout<TType, TProperty>
    where TType : class
    where TProperty : class
{
    public RecordLayout(
        TType type,
        PayloadMarker? marker,
        IReadOnlyList<RecordMember<TType, TProperty>> members,
        IReadOnlyList<RecordMember<TType, TProperty>> keys,
        RecordMember<TType, TProperty>? additionalKeys,
        IReadOnlyList<Finding> problems)
    {
        Type = type;
        Marker = marker;
        Members = members;
        Keys = keys;
        AdditionalKeys = additionalKeys;
        Problems = problems;
    }

    public TType Type { get; }

    /// <summary>[PreferenceDomain] or [ApplePayload], when the record is a payload of its own.</summary>
    public PayloadMarker? Marker { get; }

    /// <summary>Every property, in order, whether or not it can be written.</summary>
    public IReadOnlyList<RecordMember<TType, TProperty>> Members { get; }

    /// <summary>The members written as typed keys: representable, not [AdditionalKeys], no key clash.</summary>
    public IReadOnlyList<RecordMember<TType, TProperty>> Keys { get; }

    /// <summary>The [AdditionalKeys] dictionary accepted (the first well-declared one).</summary>
    public RecordMember<TType, TProperty>? AdditionalKeys { get; }

    /// <summary>PAC3004/PAC3005 findings of the declaration: in member order, then key clashes.</summary>
    public IReadOnlyList<Finding> Problems { get; }
}
