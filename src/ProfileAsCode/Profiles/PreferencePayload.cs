using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Profiles;

/// <summary>
/// The settings of one preference domain, with the envelope it carries inside a profile. The same value gives
/// the direct form, the managed-preferences (MCX) form and the bare domain plist: see
/// <see cref="PreferencePayloadForm"/>.
/// </summary>
public sealed class PreferencePayload : ProfilePayload
{
    public PreferencePayload(string domain, string identifier, string uuid, PlistDictionary settings, string? displayName = null)
        : base(identifier, uuid, settings)
    {
        Domain = domain ?? throw new ArgumentNullException(nameof(domain));
        DisplayName = displayName;
    }

    /// <summary>The preference domain, e.g. <c>com.jamf.connect.login</c>.</summary>
    public string Domain { get; }

    public override PlistDictionary ToPlist(PreferencePayloadForm form) => form switch
    {
        PreferencePayloadForm.Direct => ToDirectForm(),
        PreferencePayloadForm.ManagedPreferences => ToManagedPreferencesForm(),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown payload form."),
    };

    /// <summary><c>PayloadType</c> = the domain; the settings sit next to the Payload* keys.</summary>
    public PlistDictionary ToDirectForm() => Write(Domain, Settings);

    /// <summary><c>com.apple.ManagedClient.preferences</c> → domain → <c>Forced</c> → <c>mcx_preference_settings</c>.</summary>
    public PlistDictionary ToManagedPreferencesForm() =>
        Write(PayloadKeys.ManagedPreferencesType, ManagedPreferences.ForcedPayloadKeys(Domain, Settings));
}
