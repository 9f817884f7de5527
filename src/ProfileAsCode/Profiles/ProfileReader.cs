using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Profiles;

/// <summary>
/// Reads a profile the way <see cref="ConfigurationProfile.ToPlist(PreferencePayloadForm)"/> writes it, leniently:
/// every payload becomes a <see cref="PlainPayload"/> holding its keys as found, every envelope key is taken
/// only when it has the type Apple's schemas give it (https://developer.apple.com/documentation/devicemanagement/toplevel,
/// https://developer.apple.com/documentation/devicemanagement/commonpayloadkeys) and otherwise kept among the
/// other keys, and what cannot be kept either way is noted, never thrown. Whether the file is well formed is the
/// profile-file rules' question (PAC3006–PAC3008), not the reader's.
/// </summary>
internal static class ProfileReader
{
    /// <summary>
    /// A configuration profile rather than a bare preference plist: it has <c>PayloadContent</c> and either the
    /// profile's <c>PayloadType</c> or a <c>PayloadUUID</c>. A bare plist's dictionary is the domain's settings as they are.
    /// </summary>
    public static bool IsConfigurationProfile(PlistDictionary root) =>
        root.ContainsKey(PayloadKeys.Content)
        && ((root.TryGetValue(PayloadKeys.Type, out var type) && type is PlistString { Value: PayloadKeys.ConfigurationType }) || root.ContainsKey(PayloadKeys.Uuid));

    public static ProfileReadResult Read(PlistDictionary root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var notKept = new List<string>();
        var envelope = new EnvelopeReader(root, ProfileFileRules.TopLevel, notKept);
        var identifier = envelope.Required(PayloadKeys.Identifier);
        var uuid = envelope.Required(PayloadKeys.Uuid);
        envelope.Fixed(PayloadKeys.Type, PayloadKeys.ConfigurationType);
        envelope.Fixed(PayloadKeys.Version, 1);
        var (payloads, indexes) = ReadPayloads(envelope, notKept);
        var displayName = envelope.Text(PayloadKeys.DisplayName);
        var description = envelope.Text(PayloadKeys.Description);
        var organization = envelope.Text(PayloadKeys.Organization);
        var scope = envelope.Text(PayloadKeys.Scope, text => text is "System" or "User") switch
        {
            "System" => ProfileScope.System,
            "User" => ProfileScope.User,
            _ => (ProfileScope?)null,
        };
        var removalDisallowed = envelope.Flag(PayloadKeys.RemovalDisallowed);
        var profile = new ConfigurationProfile(identifier, uuid, payloads)
        {
            DisplayName = displayName,
            Description = description,
            Organization = organization,
            Scope = scope,
            RemovalDisallowed = removalDisallowed,
            AdditionalKeys = envelope.Rest(),
        };
        return new ProfileReadResult(profile, notKept, indexes);
    }

    private static (List<ProfilePayload> Payloads, List<int> Indexes) ReadPayloads(EnvelopeReader envelope, List<string> notKept)
    {
        var payloads = new List<ProfilePayload>();
        var indexes = new List<int>();
        if (envelope.Take(PayloadKeys.Content) is not { } content)
        {
            notKept.Add($"{ProfileFileRules.TopLevel}: PayloadContent is missing; written as an empty array");
            return (payloads, indexes);
        }

        if (content is not PlistArray items)
        {
            notKept.Add($"{ProfileFileRules.TopLevel}: PayloadContent is {KindName(content)}, not an array; written as an empty array");
            return (payloads, indexes);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var location = ProfileFileRules.PayloadLocation(i);
            if (items[i] is PlistDictionary payload)
            {
                payloads.Add(ReadPayload(payload, location, notKept));
                indexes.Add(i);
            }
            else
            {
                notKept.Add($"{location}: it is {KindName(items[i])}, not a dictionary; left out");
            }
        }

        return (payloads, indexes);
    }

    private static PlainPayload ReadPayload(PlistDictionary payload, string location, List<string> notKept)
    {
        var envelope = new EnvelopeReader(payload, location, notKept);
        var type = envelope.Required(PayloadKeys.Type);
        var identifier = envelope.Required(PayloadKeys.Identifier);
        var uuid = envelope.Required(PayloadKeys.Uuid);
        var version = envelope.Version();
        var displayName = envelope.Text(PayloadKeys.DisplayName);
        var description = envelope.Text(PayloadKeys.Description);
        var organization = envelope.Text(PayloadKeys.Organization);
        var enabled = envelope.Flag(PayloadKeys.Enabled);
        return new PlainPayload(type, identifier, uuid, envelope.Rest())
        {
            Version = version,
            DisplayName = displayName,
            Description = description,
            Organization = organization,
            Enabled = enabled,
        };
    }

    private static string KindName(PlistValue value) => FileValue.KindName(ProfileFileValues.KindOf(value.Kind));

    /// <summary>Takes the envelope keys of one dictionary; what it does not take stays among the dictionary's other keys.</summary>
    private sealed class EnvelopeReader(PlistDictionary dictionary, string location, List<string> notKept)
    {
        private readonly HashSet<string> taken = new(StringComparer.Ordinal);

        public PlistValue? Take(string key)
        {
            taken.Add(key);
            return dictionary.TryGetValue(key, out var value) ? value : null;
        }

        /// <summary>A key the model always writes: a string, or "" and a note.</summary>
        public string Required(string key)
        {
            switch (Take(key))
            {
                case PlistString text:
                    return text.Value;
                case null:
                    notKept.Add($"{location}: {key} is missing; written as \"\"");
                    return "";
                case { } other:
                    notKept.Add($"{location}: {key} is {KindName(other)}, not a string; written as \"\"");
                    return "";
            }
        }

        /// <summary>A key with one allowed value, which the model always writes.</summary>
        public void Fixed(string key, PlistValue expected)
        {
            var value = Take(key);
            if (value is null || !value.Equals(expected))
            {
                notKept.Add($"{location}: {key} is {(value is null ? "missing" : "not " + Show(expected))}; written as {Show(expected)}");
            }
        }

        /// <summary><c>PayloadVersion</c> of a payload: any integer <see cref="ProfilePayload.Version"/> holds, else 1 and a note.</summary>
        public int Version()
        {
            var value = Take(PayloadKeys.Version);
            if (value is PlistInteger number && number.Value >= int.MinValue && number.Value <= int.MaxValue)
            {
                return (int)number.Value;
            }

            notKept.Add($"{location}: PayloadVersion is {(value is null ? "missing" : "not a 32-bit integer")}; written as 1");
            return 1;
        }

        /// <summary>An optional string: taken when it is one (and <paramref name="accept"/>s it), else left among the other keys.</summary>
        public string? Text(string key, Func<string, bool>? accept = null)
        {
            if (dictionary.TryGetValue(key, out var value) && value is PlistString text && (accept is null || accept(text.Value)))
            {
                taken.Add(key);
                return text.Value;
            }

            return null;
        }

        /// <summary>An optional boolean: taken when it is one, else left among the other keys.</summary>
        public bool? Flag(string key)
        {
            if (dictionary.TryGetValue(key, out var value) && value is PlistBoolean flag)
            {
                taken.Add(key);
                return flag.Value;
            }

            return null;
        }

        /// <summary>The keys not taken, as found.</summary>
        public PlistDictionary Rest() => new(dictionary.Where(entry => !taken.Contains(entry.Key)));

        private static string Show(PlistValue value) => value is PlistString text ? $"\"{text.Value}\"" : value.ToString() ?? "";
    }
}
