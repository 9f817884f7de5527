using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Profiles;

/// <summary>
/// One entry of a profile's <c>PayloadContent</c>: the keys every payload has (Apple's CommonPayloadKeys,
/// https://developer.apple.com/documentation/devicemanagement/commonpayloadkeys) and the payload's own keys.
/// A <see cref="PreferencePayload"/> is a preference domain's settings, written in either form; a
/// <see cref="PlainPayload"/> is written exactly as given (Apple's payload types, and every payload read from a
/// file). Optional keys left null are not written; an empty string is written as an empty string.
/// </summary>
public abstract class ProfilePayload
{
    private protected ProfilePayload(string identifier, string uuid, PlistDictionary settings)
    {
        Identifier = identifier ?? throw new ArgumentNullException(nameof(identifier));
        Uuid = uuid ?? throw new ArgumentNullException(nameof(uuid));
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    /// <summary><c>PayloadIdentifier</c>.</summary>
    public string Identifier { get; }

    /// <summary><c>PayloadUUID</c>.</summary>
    public string Uuid { get; }

    /// <summary><c>PayloadVersion</c>; 1 for every payload type Apple defines today.</summary>
    public int Version { get; init; } = 1;

    /// <summary><c>PayloadDisplayName</c>; null: not written.</summary>
    public string? DisplayName { get; init; }

    /// <summary><c>PayloadDescription</c>; null: not written.</summary>
    public string? Description { get; init; }

    /// <summary><c>PayloadOrganization</c>; null: not written (Jamf Pro writes it on each payload).</summary>
    public string? Organization { get; init; }

    /// <summary><c>PayloadEnabled</c>; null: not written. Not in Apple's schema; Jamf Pro writes it.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The payload's own keys and values, without the envelope keys above.</summary>
    public PlistDictionary Settings { get; }

    /// <summary>The payload as it sits in <c>PayloadContent</c>; <paramref name="form"/> applies to <see cref="PreferencePayload"/> only.</summary>
    /// <exception cref="InvalidOperationException">One of <see cref="Settings"/> is an envelope key the payload writes itself.</exception>
    public abstract PlistDictionary ToPlist(PreferencePayloadForm form);

    /// <summary>The payload as it sits in <c>PayloadContent</c>, a preference payload in the direct form.</summary>
    /// <exception cref="InvalidOperationException">One of <see cref="Settings"/> is an envelope key the payload writes itself.</exception>
    public PlistDictionary ToPlist() => ToPlist(PreferencePayloadForm.Direct);

    /// <summary>The envelope keys that are set, with <paramref name="keys"/> next to them.</summary>
    private protected PlistDictionary Write(string payloadType, PlistDictionary keys)
    {
        var entries = new Dictionary<string, PlistValue>(StringComparer.Ordinal)
        {
            [PayloadKeys.Identifier] = Identifier,
            [PayloadKeys.Uuid] = Uuid,
            [PayloadKeys.Type] = payloadType,
            [PayloadKeys.Version] = Version,
        };
        AddIfSet(entries, PayloadKeys.DisplayName, DisplayName);
        AddIfSet(entries, PayloadKeys.Description, Description);
        AddIfSet(entries, PayloadKeys.Organization, Organization);
        if (Enabled is { } enabled)
        {
            entries[PayloadKeys.Enabled] = enabled;
        }

        foreach (var (key, value) in keys)
        {
            if (!entries.TryAdd(key, value))
            {
                // Records cannot declare such keys (PAC3005), and the reader never puts one here.
                throw new InvalidOperationException($"Key '{key}' of the {payloadType} payload collides with the payload envelope.");
            }
        }

        return new PlistDictionary(entries);
    }

    internal static void AddIfSet(Dictionary<string, PlistValue> entries, string key, string? value)
    {
        if (value is not null)
        {
            entries[key] = value;
        }
    }
}
