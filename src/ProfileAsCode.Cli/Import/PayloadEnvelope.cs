using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// The <c>[PayloadIdentity]</c> that rebuilds a payload's envelope as found
/// (https://developer.apple.com/documentation/devicemanagement/commonpayloadkeys, and <c>PayloadEnabled</c> as Jamf
/// Pro writes it): what differs from what the builder writes by itself is pinned, a missing
/// <c>PayloadDisplayName</c> stays missing (<c>DisplayName = null</c>), and what the attribute cannot carry is listed
/// as not kept. For a managed-preferences payload it also tells what records of preference domains would not write
/// (management other than one <c>Forced</c> entry, keys next to <c>PayloadContent</c>), so that
/// <see cref="ImportedPayloads"/> keeps such a payload whole.
/// </summary>
internal static class PayloadEnvelope
{
    private static readonly string[] ArgumentOrder = ["Identifier", "Uuid", "DisplayName", "Description", "Organization", "Enabled"];

    /// <summary>The attribute's lines (one, or one per argument when there are many); empty when the builder writes the envelope as found by itself.</summary>
    /// <param name="derivedIdentifier">The identifier the builder derives for the property.</param>
    /// <param name="defaultDisplayName">The display name the builder writes when none is pinned.</param>
    /// <param name="strings">Writes a pinned UUID the settings refer to as its constant.</param>
    public static IReadOnlyList<string> Attribute(PayloadDocument payload, string derivedIdentifier, string defaultDisplayName, GuidConstants strings, List<string> notKept)
    {
        var found = payload.Payload;
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        var identifier = derivedIdentifier;
        foreach (var (key, value) in found.Where(e => PayloadKeys.IsEnvelopeKey(e.Key)))
        {
            switch (key, value)
            {
                case (PayloadKeys.Identifier, PlistString text):
                    identifier = text.Value;
                    if (identifier != derivedIdentifier)
                    {
                        arguments["Identifier"] = CSharpLiteral.String(identifier);
                    }

                    break;
                case (PayloadKeys.Uuid, PlistString):
                case (PayloadKeys.Type, PlistString):
                case (PayloadKeys.Version, PlistInteger version) when version.Value == 1:
                    break;
                case (PayloadKeys.DisplayName, PlistString text):
                    if (text.Value != defaultDisplayName)
                    {
                        arguments["DisplayName"] = CSharpLiteral.String(text.Value);
                    }

                    break;
                case (PayloadKeys.Description or PayloadKeys.Organization, PlistString text):
                    arguments[key[Prefix.Length..]] = CSharpLiteral.String(text.Value);
                    break;
                case (PayloadKeys.Enabled, PlistBoolean flag):
                    arguments["Enabled"] = CSharpLiteral.Bool(flag.Value);
                    break;
                case (PayloadKeys.DisplayName, _):
                    arguments["DisplayName"] = "null";
                    notKept.Add($"{payload.Label}: {key} = {ValueText.Format(value)} (rebuilt without it)");
                    break;
                default:
                    notKept.Add($"{payload.Label}: {key} = {ValueText.Format(value)}{Rebuilt(key)}");
                    break;
            }
        }

        // A UUID the settings refer to is pinned even when the build would derive the same: the reference must not
        // depend on the identifier staying as it is.
        if (ProfileDocument.StringAt(found, PayloadKeys.Uuid) is { } uuid && (uuid != ProfileIdentity.PayloadUuid(identifier) || strings.Holds(uuid)))
        {
            arguments["Uuid"] = strings.Render(uuid);
        }

        if (!found.ContainsKey(PayloadKeys.DisplayName))
        {
            arguments["DisplayName"] = "null";
        }

        if (!found.ContainsKey(PayloadKeys.Version))
        {
            notKept.Add($"{payload.Label}: PayloadVersion is missing (rebuilt with 1)");
        }

        var ordered = ArgumentOrder.Where(arguments.ContainsKey).Select(name => $"{name} = {arguments[name]}").ToList();
        return ordered.Count switch
        {
            0 => [],
            <= 3 => [$"[PayloadIdentity({string.Join(", ", ordered)})]"],
            _ => ["[PayloadIdentity(", .. ordered.Select((argument, i) => "    " + argument + (i < ordered.Count - 1 ? "," : ")]"))],
        };
    }

    /// <summary>What a managed-preferences payload holds besides its domains' Forced settings; said once per payload.</summary>
    public static IEnumerable<string> ManagedPreferencesNotKept(PayloadDocument payload)
    {
        if (payload.Form != PreferencePayloadForm.ManagedPreferences)
        {
            yield break;
        }

        foreach (var (key, value) in payload.Payload.Where(e => !PayloadKeys.IsEnvelopeKey(e.Key) && e.Key != PayloadKeys.Content))
        {
            yield return $"{payload.Label}: {key} = {ValueText.Format(value)} (next to PayloadContent; records write only the domains' settings)";
        }
    }

    /// <summary>
    /// What a domain's management holds besides its one Forced entry's <c>mcx_preference_settings</c> (records write that
    /// alone): other modes (<c>Set-Once</c>) and other keys of the entry (<c>mcx_data_timestamp</c>).
    /// </summary>
    public static IEnumerable<string> ManagementNotKept(PayloadDocument payload)
    {
        if (payload.Form != PreferencePayloadForm.ManagedPreferences || payload.Unread is not null
            || !payload.Payload.TryGetValue(PayloadKeys.Content, out var content) || content is not PlistDictionary domains
            || !domains.TryGetValue(payload.Domain, out var management) || management is not PlistDictionary modes)
        {
            yield break;
        }

        foreach (var (mode, value) in modes.Where(e => e.Key != EnvelopeKeys.Forced))
        {
            yield return $"{payload.Label}: its {mode} management = {ValueText.Format(value)} (records write Forced only)";
        }

        if (modes.TryGetValue(EnvelopeKeys.Forced, out var forced) && forced is PlistArray { Count: 1 } entries && entries[0] is PlistDictionary entry)
        {
            foreach (var (key, value) in entry.Where(e => e.Key != EnvelopeKeys.PreferenceSettings))
            {
                yield return $"{payload.Label}: Forced {key} = {ValueText.Format(value)} (records write mcx_preference_settings only)";
            }
        }
    }

    private static string Rebuilt(string key) => key switch
    {
        PayloadKeys.Identifier => " (rebuilt with a derived identifier)",
        PayloadKeys.Uuid => " (rebuilt with a derived UUID)",
        PayloadKeys.Version => " (rebuilt as 1)",
        _ => "",
    };

    private const string Prefix = "Payload";
}
