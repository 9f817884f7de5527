using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Profiles;

/// <summary>
/// The settings of one preference domain as found in a file: a direct payload, one domain of a
/// managed-preferences (MCX) payload, or a bare preference plist. A view over the library's reading
/// (<see cref="ConfigurationProfile.FromPlist"/>, <see cref="ManagedPreferences"/>) for show, diff, validate and import.
/// </summary>
/// <param name="Index">Position of the payload in <c>PayloadContent</c> (0-based); -1 for a bare plist.</param>
/// <param name="Form">How the settings were wrapped; null for a bare plist.</param>
/// <param name="Payload">The payload dictionary as found (for MCX, shared by its domains); empty for a bare plist.</param>
/// <param name="Unread">Set when the settings could not be unwrapped: an MCX domain managed other than by exactly
/// one <c>Forced</c> → <c>mcx_preference_settings</c> entry (Set-Once, several entries). <paramref name="Settings"/>
/// is then the domain's management dictionary as found.</param>
internal sealed record PayloadDocument(
    int Index,
    string Domain,
    PreferencePayloadForm? Form,
    PlistDictionary Settings,
    PlistDictionary Payload,
    string? Unread = null)
{
    public string? Identifier => ProfileDocument.StringAt(Payload, PayloadKeys.Identifier);

    public string? Uuid => ProfileDocument.StringAt(Payload, PayloadKeys.Uuid);

    public string? DisplayName => ProfileDocument.StringAt(Payload, PayloadKeys.DisplayName);

    /// <summary>How the payload is named in messages: its domain, plus its position when there is one.</summary>
    public string Label => Index < 0 ? Domain : $"{Domain} (payload {Index + 1})";

    /// <summary>A bare preference plist: the dictionary is the domain's settings.</summary>
    public static PayloadDocument Bare(string domain, PlistDictionary settings) => new(-1, domain, null, settings, PlistDictionary.Empty);

    /// <summary>The domains a payload read from a file carries: one for a direct payload, each domain of an MCX payload.</summary>
    /// <param name="found">The payload dictionary as the file has it.</param>
    public static IEnumerable<PayloadDocument> Of(PlainPayload payload, int index, PlistDictionary found)
    {
        if (ManagedPreferences.Domains(payload) is not { } domains)
        {
            var settings = new PlistDictionary(payload.Settings.Where(entry => !PayloadKeys.IsEnvelopeKey(entry.Key)));
            yield return new PayloadDocument(index, payload.PayloadType, PreferencePayloadForm.Direct, settings, found);
            yield break;
        }

        foreach (var (domain, management) in domains)
        {
            var settings = ManagedPreferences.ForcedSettings(management);
            var unread = settings is null ? $"its management is {ValueText.Format(management)}, not one Forced → mcx_preference_settings entry" : null;
            // Unusual management is kept as found, so diff and show still see its values.
            yield return new PayloadDocument(index, domain, PreferencePayloadForm.ManagedPreferences, settings ?? management as PlistDictionary ?? PlistDictionary.Empty, found, unread);
        }
    }
}
