using System.Reflection;

namespace ProfileAsCode.Profiles;

// The texts of PAC3004/PAC3005 as the build host reports them: what is wrong, and what to write instead.
internal static class ShapeMessages
{
    public static string Unsupported(PropertyInfo property, string reason) =>
        $"{Name(property)} is {reason}. A property list holds only strings, booleans, integers, doubles, dates, data, lists and dictionaries (records, enums and PlistValue map onto these).";

    public static string UnsupportedValue(PropertyOrigin origin, string reason) =>
        $"{origin} cannot be written to a property list: it is {reason}.";

    public static string NullItem(PropertyOrigin origin) =>
        $"{origin} is null; property-list arrays cannot hold null. Remove the item (null means \"not set\" only for whole keys).";

    public static string UndefinedEnum(PropertyOrigin origin, Type enumType, object value) =>
        $"{origin} is ({enumType.Name}){value}, which is not a member of {enumType.Name}; write one of its members.";

    public static string UnspecifiedDate(PropertyOrigin origin) =>
        $"{origin} is a DateTime of Kind Unspecified, which is ambiguous; create it with DateTimeKind.Utc.";

    public static string Cycle(PropertyOrigin origin) =>
        $"{origin} contains itself; a property list is a tree.";

    public static string NotAPayload(PropertyInfo property) =>
        $"{Name(property)} is not a payload: its type {ShapeCatalog.Describe(property.PropertyType)} has no [PreferenceDomain]. Every public property of a [ConfigurationProfile] record must be a payload record; make helpers static or non-public.";

    public static string AdditionalKeysType(PropertyInfo property) =>
        $"{Name(property)} is marked [AdditionalKeys] but its type {ShapeCatalog.Describe(property.PropertyType)} is not a dictionary with string keys; declare it IReadOnlyDictionary<string, object?>.";

    public static string SecondAdditionalKeys(PropertyInfo property, PropertyInfo first) =>
        $"{Name(property)} is a second [AdditionalKeys] property next to {first.Name}; keep one.";

    public static string EmptyKey(PropertyInfo property) =>
        $"{Name(property)} maps to an empty key; give [PayloadKey] the exact key name.";

    public static string SameKey(PropertyInfo property, PropertyInfo owner, string key) =>
        $"{Name(property)} maps to key '{key}', which {owner.Name} already uses; each key can be written once.";

    public static string ReservedKey(PropertyInfo property, string key) =>
        $"{Name(property)} maps to '{key}'; Payload* keys belong to the profile envelope (PayloadIdentifier, PayloadUUID…) and are written by ProfileAsCode. Use [PayloadIdentity] or [ConfigurationProfile] to set identity.";

    public static string AdditionalKeyCollides(PropertyOrigin origin, string key, PropertyInfo typed) =>
        $"{origin} repeats key '{key}', which {typed.DeclaringType?.Name}.{typed.Name} already maps; set the typed property instead.";

    public static string AdditionalKeyReserved(PropertyOrigin origin, string key) =>
        $"{origin} sets '{key}'; Payload* keys belong to the profile envelope and are written by ProfileAsCode.";

    public static string PinnedUuidInvalid(string where, string uuid) =>
        $"{where} pins PayloadUUID '{uuid}', which is not a UUID (8-4-4-4-12 hexadecimal digits, e.g. 'A1B2C3D4-E5F6-4890-ABCD-EF1234567890').";

    private static string Name(PropertyInfo property) => $"{property.DeclaringType?.Name}.{property.Name}";
}
