using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Profiles;

/// <summary>
/// The settings of one preference domain as found in a profile: a direct payload, one domain of a
/// managed-preferences (MCX) payload, or a bare preference plist.
/// </summary>
/// <param name="Index">Position of the payload in <c>PayloadContent</c> (0-based); -1 for a bare plist.</param>
/// <param name="Form">How the settings were wrapped; null for a bare plist.</param>
/// <param name="Payload">The payload dictionary itself (for MCX, shared by its domains); empty for a bare plist.</param>
/// <param name="Unread">Set when the settings could not be unwrapped: an MCX domain managed other than by exactly
/// one <c>Forced</c> → <c>mcx_preference_settings</c> entry (Set-Once, several entries). <paramref name="Settings"/>
/// is then the domain's management dictionary as found.</param>
internal sealed record PayloadDocument(
    int Index,
    string Domain,
    PreferencePayloadForm? Form,
    string? Identifier,
    string? Uuid,
    string? DisplayName,
    PlistDictionary Settings,
    PlistDictionary Payload,
    string? Unread = null)
{
    /// <summary>How the payload is named in messages: its domain, plus its position when there is one.</summary>
    public string Label => Index < 0 ? Domain : $"{Domain} (payload {Index + 1})";
}
