using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Profiles;

/// <summary>
/// The envelope keys of Apple's TopLevel and CommonPayloadKeys schemas
/// (https://developer.apple.com/documentation/devicemanagement/toplevel,
/// https://developer.apple.com/documentation/devicemanagement/commonpayloadkeys).
/// </summary>
public static class PayloadKeys
{
    public const string Identifier = EnvelopeKeys.Identifier;
    public const string Uuid = EnvelopeKeys.Uuid;
    public const string Type = EnvelopeKeys.Type;
    public const string Version = EnvelopeKeys.Version;
    public const string DisplayName = EnvelopeKeys.DisplayName;
    public const string Description = EnvelopeKeys.Description;
    public const string Organization = EnvelopeKeys.Organization;
    public const string Scope = EnvelopeKeys.Scope;
    public const string RemovalDisallowed = EnvelopeKeys.RemovalDisallowed;
    public const string Content = EnvelopeKeys.Content;

    /// <summary><c>PayloadEnabled</c>: not in Apple's schema, but written by Jamf Pro and accepted by macOS.</summary>
    public const string Enabled = EnvelopeKeys.Enabled;

    /// <summary><c>PayloadType</c> of the profile itself.</summary>
    public const string ConfigurationType = EnvelopeKeys.ConfigurationType;

    /// <summary><c>PayloadType</c> of a managed-preferences (MCX) payload.</summary>
    public const string ManagedPreferencesType = EnvelopeKeys.ManagedPreferencesType;

    /// <summary>A key of every payload's envelope (Apple's CommonPayloadKeys and <see cref="Enabled"/>); other Payload* keys are a payload's own.</summary>
    internal static bool IsEnvelopeKey(string key) => EnvelopeKeys.IsEnvelopeKey(key);
}
