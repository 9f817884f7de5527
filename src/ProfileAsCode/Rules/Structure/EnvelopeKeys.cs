namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// The key names and fixed values of a profile's envelope: Apple's TopLevel and CommonPayloadKeys schemas
/// (https://developer.apple.com/documentation/devicemanagement/toplevel,
/// https://developer.apple.com/documentation/devicemanagement/commonpayloadkeys) and the managed-preferences
/// payload (https://developer.apple.com/documentation/devicemanagement/managedpreferences). Kept here so the
/// profile-file rules, which the analyzer compiles too, and the library's reader and writer
/// (<c>Profiles.PayloadKeys</c>) use one spelling.
/// </summary>
internal static class EnvelopeKeys
{
    public const string Identifier = "PayloadIdentifier";
    public const string Uuid = "PayloadUUID";
    public const string Type = "PayloadType";
    public const string Version = "PayloadVersion";
    public const string DisplayName = "PayloadDisplayName";
    public const string Description = "PayloadDescription";
    public const string Organization = "PayloadOrganization";
    public const string Scope = "PayloadScope";
    public const string RemovalDisallowed = "PayloadRemovalDisallowed";
    public const string Content = "PayloadContent";

    /// <summary>Not in Apple's schema, but written by Jamf Pro and mcxToProfile and accepted by macOS.</summary>
    public const string Enabled = "PayloadEnabled";

    public const string IsEncrypted = "IsEncrypted";

    /// <summary><c>PayloadType</c> of the profile itself.</summary>
    public const string ConfigurationType = "Configuration";

    /// <summary><c>PayloadType</c> of a managed-preferences (MCX) payload.</summary>
    public const string ManagedPreferencesType = "com.apple.ManagedClient.preferences";

    /// <summary>MCX: settings applied at every check ("always").</summary>
    public const string Forced = "Forced";

    /// <summary>MCX: settings applied once (with <see cref="DataTimestamp"/>) or often (without).</summary>
    public const string SetOnce = "Set-Once";

    /// <summary>MCX: the domain's keys inside a <see cref="Forced"/> or <see cref="SetOnce"/> entry.</summary>
    public const string PreferenceSettings = "mcx_preference_settings";

    /// <summary>MCX: the date next to <see cref="PreferenceSettings"/> that makes a Set-Once entry apply once.</summary>
    public const string DataTimestamp = "mcx_data_timestamp";

    /// <summary>
    /// A key of every payload's envelope, which the profile writer writes itself: the keys of Apple's
    /// <c>CommonPayloadKeys</c> schema (<see cref="Apple.AppleSchemas.CommonPayloadKeys"/>, generated from Apple's
    /// schema: the one list) and <see cref="Enabled"/>. Other keys that start with <c>Payload</c> are a payload's
    /// own (<c>PayloadContent</c> of the certificate and managed-preferences payloads, <c>PayloadCertificateUUID</c>).
    /// Case-sensitive, as plist keys are.
    /// </summary>
    public static bool IsEnvelopeKey(string key) =>
        string.Equals(key, Enabled, StringComparison.Ordinal) || Apple.AppleSchemas.CommonPayloadKeys.Root.Find(key) is not null;
}
