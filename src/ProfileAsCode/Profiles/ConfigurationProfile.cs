using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Profiles;

/// <summary>
/// One configuration profile: Apple's TopLevel keys (plist-and-profiles reference §1.1) and its
/// payloads. <c>PayloadType</c> (<c>Configuration</c>) and <c>PayloadVersion</c> (1) are fixed by the
/// format and not settable.
/// </summary>
public sealed class ConfigurationProfile
{
    public ConfigurationProfile(string identifier, string uuid, IEnumerable<PreferencePayload> payloads)
    {
        Identifier = identifier ?? throw new ArgumentNullException(nameof(identifier));
        Uuid = uuid ?? throw new ArgumentNullException(nameof(uuid));
        ArgumentNullException.ThrowIfNull(payloads);
        Payloads = payloads.ToArray();
    }

    /// <summary><c>PayloadIdentifier</c>.</summary>
    public string Identifier { get; }

    /// <summary><c>PayloadUUID</c>.</summary>
    public string Uuid { get; }

    /// <summary>The <c>PayloadContent</c> entries, in the order the profile record declares them.</summary>
    public IReadOnlyList<PreferencePayload> Payloads { get; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Organization { get; init; }

    /// <summary><c>PayloadScope</c>; always written so the profile says where it installs.</summary>
    public ProfileScope Scope { get; init; } = ProfileScope.System;

    /// <summary><c>PayloadRemovalDisallowed</c>; always written.</summary>
    public bool RemovalDisallowed { get; init; }

    /// <summary>The whole profile as a plist tree, with preference payloads in <paramref name="form"/>.</summary>
    public PlistDictionary ToPlist(PreferencePayloadForm form)
    {
        var root = new Dictionary<string, PlistValue>(StringComparer.Ordinal)
        {
            [PayloadKeys.Identifier] = Identifier,
            [PayloadKeys.Uuid] = Uuid,
            [PayloadKeys.Type] = PayloadKeys.ConfigurationType,
            [PayloadKeys.Version] = 1,
            [PayloadKeys.Scope] = Scope == ProfileScope.User ? "User" : "System",
            [PayloadKeys.RemovalDisallowed] = RemovalDisallowed,
            [PayloadKeys.Content] = new PlistArray(Payloads.Select(payload => (PlistValue)payload.ToPlist(form))),
        };
        AddIfSet(root, PayloadKeys.DisplayName, DisplayName);
        AddIfSet(root, PayloadKeys.Description, Description);
        AddIfSet(root, PayloadKeys.Organization, Organization);
        return new PlistDictionary(root);
    }

    private static void AddIfSet(Dictionary<string, PlistValue> root, string key, string? value)
    {
        if (value is not null)
        {
            root[key] = value;
        }
    }
}
