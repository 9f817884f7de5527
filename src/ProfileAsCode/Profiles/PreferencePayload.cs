using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Profiles;

/// <summary>
/// The settings of one preference domain, with the CommonPayloadKeys identity it carries inside a
/// profile. The same value gives the direct form, the managed-preferences (MCX) form and the bare
/// domain plist (plist-and-profiles reference §1.5).
/// </summary>
public sealed class PreferencePayload
{
    public PreferencePayload(string domain, string identifier, string uuid, PlistDictionary settings, string? displayName = null)
    {
        Domain = domain ?? throw new ArgumentNullException(nameof(domain));
        Identifier = identifier ?? throw new ArgumentNullException(nameof(identifier));
        Uuid = uuid ?? throw new ArgumentNullException(nameof(uuid));
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        DisplayName = displayName;
    }

    /// <summary>The preference domain, e.g. <c>com.jamf.connect.login</c>.</summary>
    public string Domain { get; }

    /// <summary><c>PayloadIdentifier</c>.</summary>
    public string Identifier { get; }

    /// <summary><c>PayloadUUID</c>.</summary>
    public string Uuid { get; }

    /// <summary><c>PayloadDisplayName</c>, if any.</summary>
    public string? DisplayName { get; }

    /// <summary>The domain's keys and values only: the bare plist Jamf Pro's Application &amp; Custom Settings takes.</summary>
    public PlistDictionary Settings { get; }

    public PlistDictionary ToPlist(PreferencePayloadForm form) => form switch
    {
        PreferencePayloadForm.Direct => ToDirectForm(),
        PreferencePayloadForm.ManagedPreferences => ToManagedPreferencesForm(),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown payload form."),
    };

    /// <summary><c>PayloadType</c> = the domain; the settings sit next to the Payload* keys.</summary>
    public PlistDictionary ToDirectForm()
    {
        var envelope = Envelope(Domain);
        foreach (var (key, value) in Settings)
        {
            if (envelope.ContainsKey(key))
            {
                // The mapper reports such keys as PAC3005 before a payload is ever built.
                throw new InvalidOperationException($"Setting '{key}' of {Domain} collides with the payload envelope.");
            }

            envelope[key] = value;
        }

        return new PlistDictionary(envelope);
    }

    /// <summary><c>com.apple.ManagedClient.preferences</c> → domain → <c>Forced</c> → <c>mcx_preference_settings</c>.</summary>
    public PlistDictionary ToManagedPreferencesForm()
    {
        var forced = new PlistDictionary([KeyValuePair.Create<string, PlistValue>("mcx_preference_settings", Settings)]);
        var domainEntry = new PlistDictionary([KeyValuePair.Create<string, PlistValue>("Forced", new PlistArray(forced))]);
        var envelope = Envelope(PayloadKeys.ManagedPreferencesType);
        envelope[PayloadKeys.Content] = new PlistDictionary([KeyValuePair.Create<string, PlistValue>(Domain, domainEntry)]);
        return new PlistDictionary(envelope);
    }

    private Dictionary<string, PlistValue> Envelope(string payloadType)
    {
        var envelope = new Dictionary<string, PlistValue>(StringComparer.Ordinal)
        {
            [PayloadKeys.Identifier] = Identifier,
            [PayloadKeys.Uuid] = Uuid,
            [PayloadKeys.Type] = payloadType,
            [PayloadKeys.Version] = 1,
        };
        if (DisplayName is not null)
        {
            envelope[PayloadKeys.DisplayName] = DisplayName;
        }

        return envelope;
    }
}
