using System.Reflection;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>
/// Where a fact or finding comes from in the user's records: passed as <c>Origin</c> of
/// <see cref="Rules.KeyFact"/>, <see cref="Rules.PayloadFacts"/> and <see cref="Rules.Finding"/>, so the
/// build host can name it (<c>ContosoJamfConnect.Login.IdPSettings.TenantId</c>).
/// </summary>
internal sealed class PropertyOrigin
{
    internal PropertyOrigin(Type profileType, string path, PropertyInfo? property)
    {
        ProfileType = profileType;
        Path = path;
        Property = property;
    }

    /// <summary>The <c>[ConfigurationProfile]</c> record.</summary>
    public Type ProfileType { get; }

    /// <summary>Property path below the profile record: <c>Login.OidcTenant</c>, <c>Login.AdditionalKeys["X"]</c>.</summary>
    public string Path { get; }

    /// <summary>The property the value was read from (for an entry of a dictionary, the dictionary property).</summary>
    public PropertyInfo? Property { get; }

    public override string ToString() => ProfileType.Name + "." + Path;

    internal PropertyOrigin Member(PropertyInfo property) => new(ProfileType, Path + "." + property.Name, property);

    internal PropertyOrigin Entry(string key) => new(ProfileType, Path + "[\"" + key + "\"]", Property);

    internal PropertyOrigin Item(int index) => new(ProfileType, Path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", Property);
}
