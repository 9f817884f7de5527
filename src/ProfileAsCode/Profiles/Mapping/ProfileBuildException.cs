namespace ProfileAsCode.Profiles.Mapping;

/// <summary>
/// User code threw while a profile record was created or read. The message names the record and
/// the property; <see cref="Exception.InnerException"/> is what the user code threw.
/// </summary>
internal sealed class ProfileBuildException : Exception
{
    public ProfileBuildException(string message, Type profileType, string? propertyPath, Exception? innerException)
        : base(message, innerException)
    {
        ProfileType = profileType;
        PropertyPath = propertyPath;
    }

    /// <summary>The <c>[ConfigurationProfile]</c> record being built.</summary>
    public Type ProfileType { get; }

    /// <summary>The property below the profile record (<c>Login.OidcTenant</c>), or null when creating the record failed.</summary>
    public string? PropertyPath { get; }

    internal static ProfileBuildException PropertyThrew(PropertyOrigin origin, Exception thrown) => new(
        $"Reading {origin} threw {thrown.GetType().Name}: {thrown.Message}",
        origin.ProfileType,
        origin.Path,
        thrown);

    internal static ProfileBuildException ConstructorThrew(Type profileType, Exception thrown) => new(
        $"Creating {profileType.Name} threw {thrown.GetType().Name}: {thrown.Message}",
        profileType,
        null,
        thrown);

    internal static ProfileBuildException NotCreatable(Type profileType) => new(
        $"{profileType.Name} cannot be created: a [ConfigurationProfile] record needs a public parameterless constructor (declare it as 'record {profileType.Name} {{ … }}' with init properties, not positional parameters).",
        profileType,
        null,
        null);
}
