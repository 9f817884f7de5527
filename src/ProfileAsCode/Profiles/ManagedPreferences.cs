using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Profiles;

/// <summary>
/// The managed-preferences (MCX) payload, written and read in one place
/// (https://developer.apple.com/documentation/devicemanagement/managedpreferences):
/// <c>PayloadContent</c> → domain → <c>Forced</c> and/or <c>Set-Once</c> → array of
/// { <c>mcx_preference_settings</c> = the domain's keys, optionally <c>mcx_data_timestamp</c> }. <c>Forced</c>
/// applies always; <c>Set-Once</c> with a timestamp once, without one often. One payload may manage several
/// domains. Records write one domain with one <c>Forced</c> entry; a file's payload is kept as found
/// (<see cref="PlainPayload"/>), and these helpers unwrap it.
/// </summary>
internal static class ManagedPreferences
{
    /// <summary>The payload's own keys for one domain forced to <paramref name="settings"/>.</summary>
    public static PlistDictionary ForcedPayloadKeys(string domain, PlistDictionary settings)
    {
        var entry = new PlistDictionary([KeyValuePair.Create<string, PlistValue>(EnvelopeKeys.PreferenceSettings, settings)]);
        var management = new PlistDictionary([KeyValuePair.Create<string, PlistValue>(EnvelopeKeys.Forced, new PlistArray(entry))]);
        var domains = new PlistDictionary([KeyValuePair.Create<string, PlistValue>(domain, management)]);
        return new PlistDictionary([KeyValuePair.Create<string, PlistValue>(PayloadKeys.Content, domains)]);
    }

    /// <summary>The domains a managed-preferences payload manages, each with its management as found; null when it is not one or its PayloadContent is not a dictionary.</summary>
    public static PlistDictionary? Domains(PlainPayload payload) =>
        payload.PayloadType == PayloadKeys.ManagedPreferencesType
        && payload.Settings.TryGetValue(PayloadKeys.Content, out var content) && content is PlistDictionary domains
            ? domains
            : null;

    /// <summary>
    /// The <c>mcx_preference_settings</c> of a domain's one <c>Forced</c> entry, the way records write it; null when
    /// <c>Forced</c> is missing or has another number of entries. Other modes next to it are not looked at.
    /// </summary>
    public static PlistDictionary? ForcedSettings(PlistValue management) =>
        management is PlistDictionary modes
        && modes.TryGetValue(EnvelopeKeys.Forced, out var forced) && forced is PlistArray { Count: 1 } entries
        && entries[0] is PlistDictionary entry
        && entry.TryGetValue(EnvelopeKeys.PreferenceSettings, out var settings) && settings is PlistDictionary settingsDictionary
            ? settingsDictionary
            : null;
}
