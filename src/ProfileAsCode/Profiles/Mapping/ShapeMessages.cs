using System.Reflection;

namespace ProfileAsCode.Profiles;

// PAC3004 texts for what only values or the profile record show; type and key problems are worded by
// the rule engine (PlistRepresentability, KeyCollisions) so the analyzer says the same.
internal static class ShapeMessages
{
    public static string NullItem(PropertyOrigin origin) =>
        $"{origin} is null; property-list arrays cannot hold null. Remove the item (null means \"not set\" only for whole keys).";

    public static string UndefinedEnum(PropertyOrigin origin, Type enumType, object value) =>
        $"{origin} is ({enumType.Name}){value}, which is not a member of {enumType.Name}; write one of its members.";

    public static string UnspecifiedDate(PropertyOrigin origin) =>
        $"{origin} is a DateTime of Kind Unspecified, which is ambiguous; create it with DateTimeKind.Utc.";

    public static string Cycle(PropertyOrigin origin) =>
        $"{origin} contains itself; a property list is a tree.";

    public static string NotAPayload(PropertyInfo property) =>
        $"{Name(property)} is not a payload: its type {TypeShapes.Name(property.PropertyType)} has no [PreferenceDomain]. Every public property of a [ConfigurationProfile] record must be a payload record; make helpers static or non-public.";

    public static string AdditionalKeysMisdeclared(PropertyInfo property, PropertyInfo? first) => first is null
        ? $"{Name(property)} is marked [AdditionalKeys] but its type {TypeShapes.Name(property.PropertyType)} is not a dictionary with string keys; declare it IReadOnlyDictionary<string, object?>."
        : $"{Name(property)} is a second [AdditionalKeys] property next to {first.Name}; keep one.";

    public static string PinnedUuidInvalid(string where, string uuid) =>
        $"{where} pins PayloadUUID '{uuid}', which is not a UUID (8-4-4-4-12 hexadecimal digits, e.g. 'A1B2C3D4-E5F6-4890-ABCD-EF1234567890').";

    private static string Name(PropertyInfo property) => $"{property.DeclaringType?.Name}.{property.Name}";
}
