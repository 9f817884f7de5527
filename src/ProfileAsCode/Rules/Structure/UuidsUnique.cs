namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3008: every profile and payload has its own <c>PayloadUUID</c>, within a profile and across the profiles
/// checked together (compared without regard to case). When a profile is replaced, a payload with the same
/// identifier and UUID is updated in place
/// (https://developer.apple.com/documentation/devicemanagement/commonpayloadkeys), so a shared UUID makes one
/// payload or profile be taken for another.
/// </summary>
internal static class UuidsUnique
{
    public static void CheckProfile(ProfileFile file, List<Finding> findings)
    {
        foreach (var group in UuidsOf(file).GroupBy(u => u.Uuid, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            findings.Add(new Finding(
                RuleCatalog.UuidDuplicated,
                $"PayloadUUID {group.Key} is used {group.Count()} times in this profile; each payload needs its own",
                string.Join(" and ", group.Select(u => u.Location)),
                file.Origin));
        }
    }

    /// <summary>Reported at each later file that reuses a UUID an earlier one has.</summary>
    public static void CheckAcross(IReadOnlyList<ProfileFile> files, List<Finding> findings)
    {
        var firstSeen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            foreach (var uuid in UuidsOf(file).Select(u => u.Uuid).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (firstSeen.TryGetValue(uuid, out var other))
                {
                    if (other != file.Name)
                    {
                        findings.Add(new Finding(
                            RuleCatalog.UuidDuplicated,
                            $"UUID {uuid} is also used in {other}; give each profile and payload its own UUID",
                            EnvelopeKeys.Uuid,
                            file.Origin));
                    }
                }
                else
                {
                    firstSeen.Add(uuid, file.Name);
                }
            }
        }
    }

    private static IEnumerable<(string Uuid, string Location)> UuidsOf(ProfileFile file)
    {
        if (file.Root.StringAt(EnvelopeKeys.Uuid) is { } top)
        {
            yield return (top, ProfileFileRules.TopLevel);
        }

        if (file.Root.Get(EnvelopeKeys.Content) is { Kind: FileValueKind.Array } payloads)
        {
            for (var i = 0; i < payloads.Items.Count; i++)
            {
                if (payloads.Items[i].StringAt(EnvelopeKeys.Uuid) is { } uuid)
                {
                    yield return (uuid, ProfileFileRules.PayloadLocation(i));
                }
            }
        }
    }
}
