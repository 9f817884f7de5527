using System.Runtime.CompilerServices;

namespace ProfileAsCode;

/// <summary>Where a profile is installed (Apple TopLevel key <c>PayloadScope</c>, macOS 10.8+).</summary>
public enum ProfileScope
{
    System,
    User,
}

/// <summary>How a preference-domain payload is written into the profile (Apple's com.apple.ManagedClient.preferences.yaml in github.com/apple/device-management for the MCX form).</summary>
public enum PreferencePayloadForm
{
    /// <summary><c>PayloadType</c> is the domain; its keys sit next to the Payload* keys.</summary>
    Direct,

    /// <summary><c>com.apple.ManagedClient.preferences</c> → domain → <c>Forced</c> → <c>mcx_preference_settings</c>.
    /// Jamf Pro treats this form as custom settings and does not rewrite it.</summary>
    ManagedPreferences,
}

/// <summary>
/// Top-level keys a profile writes even at their default value (<see cref="ConfigurationProfileAttribute.OmitDefaults"/>).
/// Apple gives both a default (https://developer.apple.com/documentation/devicemanagement/toplevel): a profile
/// without <c>PayloadScope</c> installs for the system, one without <c>PayloadRemovalDisallowed</c> may be removed.
/// </summary>
[Flags]
public enum TopLevelDefaults
{
    None = 0,

    /// <summary><c>PayloadScope</c> = <c>System</c>.</summary>
    Scope = 1,

    /// <summary><c>PayloadRemovalDisallowed</c> = false.</summary>
    RemovalDisallowed = 2,
}

/// <summary>
/// Marks a record as one configuration profile (.mobileconfig). Every property whose type is a
/// <see cref="PreferenceDomainAttribute"/> or <see cref="ApplePayloadAttribute"/> record becomes one payload.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ConfigurationProfileAttribute : Attribute
{
    private bool? enabled;

    /// <param name="identifier">The profile's <c>PayloadIdentifier</c>, reverse-DNS (<c>com.contoso.jamfconnect</c>).</param>
    /// <param name="sourceFile">Filled in by the compiler, so build errors point at this attribute.</param>
    /// <param name="sourceLine">Filled in by the compiler.</param>
    public ConfigurationProfileAttribute(
        string identifier,
        [CallerFilePath] string sourceFile = "",
        [CallerLineNumber] int sourceLine = 0)
    {
        Identifier = identifier;
        SourceFile = sourceFile;
        SourceLine = sourceLine;
    }

    public string Identifier { get; }

    public string SourceFile { get; }

    public int SourceLine { get; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public string? Organization { get; set; }

    public ProfileScope Scope { get; set; } = ProfileScope.System;

    public bool RemovalDisallowed { get; set; }

    /// <summary>
    /// Leaves out the named top-level keys while they have their default value (<see cref="Scope"/> System,
    /// <see cref="RemovalDisallowed"/> false), for profiles that never had them (imported ones: what was absent
    /// stays absent). A key set to another value is written. <see cref="TopLevelDefaults.None"/> (the default):
    /// both are always written.
    /// </summary>
    public TopLevelDefaults OmitDefaults { get; set; }

    /// <summary>
    /// The top-level <c>PayloadEnabled</c>, written only when set here (Jamf Pro writes it; it is not among
    /// Apple's TopLevel keys). Reads true when not set.
    /// </summary>
    public bool Enabled
    {
        get => enabled ?? true;
        set => enabled = value;
    }

    /// <summary><see cref="Enabled"/> when it was set (an attribute's property setter runs only for a named argument given), else null.</summary>
    internal bool? EnabledIfSet => enabled;

    /// <summary>
    /// How <see cref="PreferenceDomainAttribute"/> payloads are written. Apple payloads
    /// (<see cref="ApplePayloadAttribute"/>) have one form and are always written directly.
    /// </summary>
    public PreferencePayloadForm PayloadForm { get; set; } = PreferencePayloadForm.Direct;

    /// <summary>
    /// The oldest macOS the profile is meant for, as Apple writes versions (<c>"14.0"</c>, <c>"10.15"</c>,
    /// <c>"13.3.1"</c>). Written into no profile: the rules use it to tell which payloads and keys that macOS
    /// has. Null (the default): the profile names no minimum.
    /// </summary>
    public string? MinimumMacOS { get; set; }

    /// <summary>
    /// Pins the profile's <c>PayloadUUID</c>, so a profile that devices already have keeps updating in
    /// place. Left unset, the UUID is derived from the identifier (UUIDv5, docs/profiles.md) and never
    /// changes. A pinned UUID is written exactly as given and must be 8-4-4-4-12 hexadecimal (else PAC3001).
    /// </summary>
    public string? Uuid { get; set; }
}
