using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Profiles;

/// <summary>
/// One configuration profile: Apple's TopLevel keys (https://developer.apple.com/documentation/devicemanagement/toplevel)
/// and its payloads. <c>PayloadType</c> (<c>Configuration</c>) and <c>PayloadVersion</c> (1) are fixed by the
/// format and not settable. Optional keys left null are not written, so a profile read with
/// <see cref="FromPlist"/> is written back with exactly its own keys.
/// </summary>
public sealed class ConfigurationProfile
{
    private readonly PlistDictionary additionalKeys = PlistDictionary.Empty;

    public ConfigurationProfile(string identifier, string uuid, IEnumerable<ProfilePayload> payloads)
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

    /// <summary>The <c>PayloadContent</c> entries, in order.</summary>
    public IReadOnlyList<ProfilePayload> Payloads { get; }

    /// <summary><c>PayloadDisplayName</c>; null: not written.</summary>
    public string? DisplayName { get; init; }

    /// <summary><c>PayloadDescription</c>; null: not written.</summary>
    public string? Description { get; init; }

    /// <summary><c>PayloadOrganization</c>; null: not written.</summary>
    public string? Organization { get; init; }

    /// <summary><c>PayloadScope</c>; <see cref="ProfileScope.System"/> unless set, so a profile built in code says where it installs. Null: not written.</summary>
    public ProfileScope? Scope { get; init; } = ProfileScope.System;

    /// <summary><c>PayloadRemovalDisallowed</c>; false (written) unless set. Null: not written.</summary>
    public bool? RemovalDisallowed { get; init; } = false;

    /// <summary>
    /// Top-level keys written as given, for what the properties above do not cover (<c>ConsentText</c>,
    /// <c>PayloadExpirationDate</c>, <c>TargetDeviceType</c>, …). A key the profile writes itself is an error
    /// when it is written.
    /// </summary>
    public PlistDictionary AdditionalKeys
    {
        get => additionalKeys;
        init => additionalKeys = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Reads any profile macOS accepts: payloads of every type (a preference domain written directly, managed
    /// preferences with any management, Apple's payload types, types unknown here) are kept as
    /// <see cref="PlainPayload"/>s, and top-level keys without a property go to <see cref="AdditionalKeys"/>.
    /// Never throws on content: what cannot be kept (a required key missing or of the wrong type, a payload that
    /// is not a dictionary) is listed in <see cref="ProfileReadResult.NotKept"/>.
    /// </summary>
    public static ProfileReadResult FromPlist(PlistDictionary root) => ProfileReader.Read(root);

    /// <summary>The whole profile as a plist tree, preference payloads in the direct form.</summary>
    /// <exception cref="InvalidOperationException">A payload's settings or <see cref="AdditionalKeys"/> repeat an envelope key written from a property.</exception>
    public PlistDictionary ToPlist() => ToPlist(PreferencePayloadForm.Direct);

    /// <summary>The whole profile as a plist tree, preference payloads in <paramref name="form"/>.</summary>
    /// <exception cref="InvalidOperationException">A payload's settings or <see cref="AdditionalKeys"/> repeat an envelope key written from a property.</exception>
    public PlistDictionary ToPlist(PreferencePayloadForm form)
    {
        var root = new Dictionary<string, PlistValue>(StringComparer.Ordinal)
        {
            [PayloadKeys.Identifier] = Identifier,
            [PayloadKeys.Uuid] = Uuid,
            [PayloadKeys.Type] = PayloadKeys.ConfigurationType,
            [PayloadKeys.Version] = 1,
            [PayloadKeys.Content] = new PlistArray(Payloads.Select(payload => (PlistValue)payload.ToPlist(form))),
        };
        if (Scope is { } scope)
        {
            root[PayloadKeys.Scope] = scope == ProfileScope.User ? "User" : "System";
        }

        if (RemovalDisallowed is { } removalDisallowed)
        {
            root[PayloadKeys.RemovalDisallowed] = removalDisallowed;
        }

        ProfilePayload.AddIfSet(root, PayloadKeys.DisplayName, DisplayName);
        ProfilePayload.AddIfSet(root, PayloadKeys.Description, Description);
        ProfilePayload.AddIfSet(root, PayloadKeys.Organization, Organization);
        foreach (var (key, value) in AdditionalKeys)
        {
            if (!root.TryAdd(key, value))
            {
                throw new InvalidOperationException($"Additional top-level key '{key}' collides with a key the profile writes itself.");
            }
        }

        return new PlistDictionary(root);
    }
}
