using System.Reflection;

namespace ProfileAsCode.Profiles.Mapping;

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
        $"{Name(property)} is not a payload: its type {ShapeCatalog.Model.NameOf(property.PropertyType)} has no [PreferenceDomain] or [ApplePayload]. Every public property of a [ConfigurationProfile] record must be a payload record; make helpers static or non-public.";

    private static string Name(PropertyInfo property) => $"{property.DeclaringType?.Name}.{property.Name}";
}
