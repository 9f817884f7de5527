using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// The payloads of a file as the importer writes them, one property each. A managed-preferences (MCX) payload in the
/// form records of preference domains write — one domain, one <c>Forced</c> entry holding only
/// <c>mcx_preference_settings</c>, nothing next to <c>PayloadContent</c> — becomes that domain's record (typed for
/// Jamf Connect). Any other MCX payload (several domains, <c>Set-Once</c>, <c>mcx_data_timestamp</c>, no domain) is
/// kept exactly as written, as Apple's <c>com.apple.ManagedClient.preferences</c> payload record
/// (<c>ProfileAsCode.Apple.ManagedPreferences</c>), and a note says why its settings are not typed.
/// </summary>
internal static class ImportedPayloads
{
    public static IReadOnlyList<PayloadDocument> Of(ProfileDocument profile, List<string> notKept, List<string> notes)
    {
        if (profile.IsBarePreferences || !profile.Root.TryGetValue(PayloadKeys.Content, out var content) || content is not PlistArray items)
        {
            return profile.Payloads;
        }

        var payloads = new List<PayloadDocument>();
        for (var i = 0; i < items.Count; i++)
        {
            var index = i;
            var read = profile.Payloads.Where(p => p.Index == index).ToList();
            if (read is [{ Form: PreferencePayloadForm.ManagedPreferences } domain] && WrittenAsRecordsWriteIt(domain))
            {
                payloads.Add(domain);
            }
            else if (read.Count > 0 && read[0].Form != PreferencePayloadForm.ManagedPreferences)
            {
                payloads.AddRange(read);
            }
            else if (items[i] is PlistDictionary found && ProfileDocument.StringAt(found, PayloadKeys.Type) is { } type)
            {
                var label = $"{type} (payload {i + 1})";
                notes.Add($"{label}: kept exactly as written, as a ManagedPreferences record, because {Why(read)}; records of preference domains write one domain with one Forced entry, so its settings are not typed");
                payloads.Add(new PayloadDocument(i, type, PreferencePayloadForm.Direct, new PlistDictionary(found.Where(e => !PayloadKeys.IsEnvelopeKey(e.Key))), found));
            }
            else
            {
                notKept.Add($"payload {i + 1}: {ValueText.Format(items[i])} ({(items[i] is PlistDictionary ? "it has no PayloadType" : "not a dictionary")})");
            }
        }

        return payloads;
    }

    private static bool WrittenAsRecordsWriteIt(PayloadDocument domain) =>
        domain.Unread is null
        && !domain.Settings.Keys.Any(PayloadKeys.IsEnvelopeKey)
        && !PayloadEnvelope.ManagedPreferencesNotKept(domain).Any()
        && !PayloadEnvelope.ManagementNotKept(domain).Any();

    private static string Why(IReadOnlyList<PayloadDocument> domains) => domains switch
    {
        [] => "it manages no domain",
        [var only] when only.Unread is not null => "its management is not one Forced entry",
        [var only] when only.Settings.Keys.Any(PayloadKeys.IsEnvelopeKey) => "its settings have keys named like envelope keys",
        [var only] when PayloadEnvelope.ManagedPreferencesNotKept(only).Any() => "it has keys next to PayloadContent",
        [_] => "its management holds more than one Forced entry's mcx_preference_settings (Set-Once, mcx_data_timestamp)",
        _ => $"it manages {domains.Count} domains",
    };
}
