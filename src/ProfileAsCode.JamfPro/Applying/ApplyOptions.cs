using ProfileAsCode.JamfPro.Classic;

namespace ProfileAsCode.JamfPro.Applying;

internal sealed record ApplyOptions
{
    /// <summary>Delete server profiles that carry our marker and match no given profile.</summary>
    public bool Prune { get; init; }

    /// <summary>
    /// <c>redeploy_on_update</c> sent with an update: "All" (the default) sends the changed profile to every computer in
    /// scope, "Newly Assigned" only to computers that join the scope later. It is an instruction for that save, not a
    /// stored setting: Jamf Pro reads back "Newly Assigned" afterwards (terraform-provider-jamfpro PRs #185 and #888).
    /// </summary>
    public string RedeployOnUpdate { get; init; } = ClassicProfileXml.RedeployAll;

    /// <summary>Creates tried in all for one profile, each after checking that the previous one really failed.</summary>
    public int MaxCreateAttempts { get; init; } = 3;
}
