namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3006 for a managed-preferences payload (<c>com.apple.ManagedClient.preferences</c>): its
/// <c>PayloadContent</c> is a dictionary of preference domains, each managed by <c>Forced</c> and/or
/// <c>Set-Once</c>, each an array of dictionaries holding <c>mcx_preference_settings</c> as a dictionary
/// (https://developer.apple.com/documentation/devicemanagement/managedpreferences). Several domains in one
/// payload, several entries per mode and <c>mcx_data_timestamp</c> are all accepted.
/// </summary>
internal static class ManagedPreferencesWellFormed
{
    public static void Check(ProfileFile file, FileValue payload, string location, List<Finding> findings)
    {
        var content = payload.Get(EnvelopeKeys.Content);
        if (content is not { Kind: FileValueKind.Dictionary })
        {
            findings.Add(new Finding(
                RuleCatalog.ProfileKeyInvalid,
                "a managed-preferences payload needs PayloadContent as a dictionary of domain → { Forced = [ { mcx_preference_settings = {…} } ] }",
                location,
                file.Origin));
            return;
        }

        foreach (var domain in content.Entries)
        {
            var where = $"{location} → {domain.Key}";
            if (domain.Value.Kind != FileValueKind.Dictionary)
            {
                findings.Add(new Finding(RuleCatalog.ProfileKeyInvalid, $"the domain's value is {FileValue.KindName(domain.Value.Kind)}; it must be a dictionary with Forced or Set-Once", where, file.Origin));
                continue;
            }

            foreach (var mode in domain.Value.Entries)
            {
                if (mode.Key is not (EnvelopeKeys.Forced or EnvelopeKeys.SetOnce))
                {
                    findings.Add(new Finding(RuleCatalog.ProfileKeyInvalid, $"unknown management mode \"{mode.Key}\"; use Forced or Set-Once", where, file.Origin));
                }
                else if (!IsListOfSettings(mode.Value))
                {
                    findings.Add(new Finding(RuleCatalog.ProfileKeyInvalid, "must be an array of dictionaries, each with mcx_preference_settings as a dictionary", $"{where} → {mode.Key}", file.Origin));
                }
            }
        }
    }

    private static bool IsListOfSettings(FileValue entries) =>
        entries.Kind == FileValueKind.Array
        && entries.Items.All(entry => entry.Get(EnvelopeKeys.PreferenceSettings) is { Kind: FileValueKind.Dictionary });
}
