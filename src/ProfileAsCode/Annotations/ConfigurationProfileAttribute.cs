using System.Runtime.CompilerServices;

namespace ProfileAsCode;

/// <summary>Where a profile is installed (Apple TopLevel key <c>PayloadScope</c>, macOS 10.8+).</summary>
public enum ProfileScope
{
    System,
    User,
}

/// <summary>How a preference-domain payload is written into the profile (plist-and-profiles reference §1.5).</summary>
public enum PreferencePayloadForm
{
    /// <summary><c>PayloadType</c> is the domain; its keys sit next to the Payload* keys.</summary>
    Direct,

    /// <summary><c>com.apple.ManagedClient.preferences</c> → domain → <c>Forced</c> → <c>mcx_preference_settings</c>.
    /// Jamf Pro treats this form as custom settings and does not rewrite it.</summary>
    ManagedPreferences,
}

/// <summary>
/// Marks a record as one configuration profile (.mobileconfig). Every property whose type is a
/// <see cref="PreferenceDomainAttribute"/> or <see cref="ApplePayloadAttribute"/> record becomes one payload.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ConfigurationProfileAttribute : Attribute
{
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
