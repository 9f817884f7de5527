using ProfileAsCode.Rules;

namespace ProfileAsCode.Shapes;

/// <summary>
/// Reads the attributes of src/ProfileAsCode/Annotations that say how a record is written: the payload
/// markers, [PayloadKey], [AdditionalKeys], [PayloadValue] and [PayloadIntegerValues]. The analyzer cannot name the attribute classes in
/// code, so they are named by string; TypeShapeAgreementTests reads each of them through both adapters.
/// </summary>
internal static class PayloadAttributes
{
    /// <summary>The namespace of every attribute read here; adapters pass only these on.</summary>
    public const string Namespace = "ProfileAsCode";

    /// <summary>
    /// The record's marker, or null when it is no payload record. A record that carries both markers is read
    /// as a preference domain (the form every release so far has written).
    /// </summary>
    public static PayloadMarker? Marker(IReadOnlyList<AttributeRecord> typeAttributes)
    {
        if (AttributeRecord.Find(typeAttributes, "PreferenceDomainAttribute") is { } domain)
        {
            return new PayloadMarker(PayloadKind.PreferenceDomain, domain.Argument(0) as string ?? string.Empty, domain.Named("DisplayName") as string);
        }

        if (AttributeRecord.Find(typeAttributes, "ApplePayloadAttribute") is { } apple)
        {
            return new PayloadMarker(PayloadKind.ApplePayload, apple.Argument(0) as string ?? string.Empty, apple.Named("DisplayName") as string);
        }

        return null;
    }

    /// <summary>The [PayloadKey] of a property, or null (it is then written under its own name).</summary>
    public static string? Key(IReadOnlyList<AttributeRecord> propertyAttributes) =>
        AttributeRecord.Find(propertyAttributes, "PayloadKeyAttribute")?.Argument(0) as string;

    public static bool IsAdditionalKeys(IReadOnlyList<AttributeRecord> propertyAttributes) =>
        AttributeRecord.Find(propertyAttributes, "AdditionalKeysAttribute") is not null;

    /// <summary>[PayloadIntegerValues] on an enum: its values are written as plist integers, not strings.</summary>
    public static bool WritesIntegers(IReadOnlyList<AttributeRecord> enumAttributes) =>
        AttributeRecord.Find(enumAttributes, "PayloadIntegerValuesAttribute") is not null;

    /// <summary>The string a member of a string enum is written as: its [PayloadValue], else its name.</summary>
    public static string WrittenValue(EnumMember member) =>
        AttributeRecord.Find(member.Attributes, "PayloadValueAttribute")?.Argument(0) as string ?? member.Name;
}
