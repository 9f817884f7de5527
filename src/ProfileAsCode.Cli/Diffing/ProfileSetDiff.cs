using ProfileAsCode.Cli.Profiles;

namespace ProfileAsCode.Cli.Diffing;

/// <summary>What happens to a whole profile when the new set of profiles replaces the old one.</summary>
internal enum ProfileStatus
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>A profile file as one side of a comparison has it.</summary>
/// <param name="Name">The file's path relative to its side's folder, with forward slashes (the file name fallback of the matching).</param>
internal sealed record ProfileEntry(string Name, ProfileDocument Profile);

/// <summary>One profile of the old side matched with one of the new side, or found on one side only.</summary>
internal sealed record ProfilePair(ProfileStatus Status, ProfileEntry? Old, ProfileEntry? New, ProfileDiffResult Diff)
{
    /// <summary>How the profile is named in reports: its PayloadIdentifier (the new one), else its file name.</summary>
    public string Label => (New ?? Old)!.Profile is { IsBarePreferences: false, Identifier: { Length: > 0 } identifier } ? identifier : (New ?? Old)!.Name;
}

/// <summary>The comparison of two sets of profiles (two folders, or two files as a set of one pair each).</summary>
internal sealed record ProfileSetDiffResult(IReadOnlyList<ProfilePair> Profiles)
{
    public bool HasDifferences => Profiles.Any(p => p.Status != ProfileStatus.Unchanged);

    public int Count(ProfileStatus status) => Profiles.Count(p => p.Status == status);
}

/// <summary>
/// Compares two sets of profiles, as a pull request changes a folder of generated profiles. Profiles are matched by
/// top-level PayloadIdentifier, because that is how a Mac decides whether a profile replaces an installed one
/// (Apple's device-management schema, mdm/profiles/TopLevel.yaml, PayloadIdentifier: "The system uses this string
/// to determine whether to replace an existing profile or add it as a new profile"). What is left — bare preference
/// plists, profiles without an identifier or with one that two files of the same side share, and profiles whose
/// identifier changed — is then matched by file name, so a renamed identifier shows as a change of that profile
/// (with its warning) rather than as an unrelated removal and addition. The rest is added or removed.
/// </summary>
internal static class ProfileSetDiff
{
    /// <summary>Two single files: always compared with each other, whatever their identifiers and names.</summary>
    public static ProfileSetDiffResult CompareFiles(ProfileEntry old, ProfileEntry @new) => new([Pair(old, @new)]);

    public static ProfileSetDiffResult Compare(IReadOnlyList<ProfileEntry> old, IReadOnlyList<ProfileEntry> @new)
    {
        var oldByIdentifier = UniqueIdentifiers(old);
        var newByIdentifier = UniqueIdentifiers(@new);
        var pairs = new List<ProfilePair>();
        var unmatchedOld = new List<ProfileEntry>();
        var matchedNew = new HashSet<ProfileEntry>(ReferenceEqualityComparer.Instance);
        foreach (var entry in old)
        {
            if (IdentifierOf(entry) is { } identifier && oldByIdentifier.ContainsKey(identifier) && newByIdentifier.TryGetValue(identifier, out var partner))
            {
                pairs.Add(Pair(entry, partner));
                matchedNew.Add(partner);
            }
            else
            {
                unmatchedOld.Add(entry);
            }
        }

        var unmatchedNewByName = @new.Where(e => !matchedNew.Contains(e)).ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in unmatchedOld)
        {
            if (unmatchedNewByName.Remove(entry.Name, out var partner))
            {
                pairs.Add(Pair(entry, partner));
            }
            else
            {
                pairs.Add(new ProfilePair(ProfileStatus.Removed, entry, null, ProfileDiff.Whole(entry.Profile, PayloadOutcome.Removed)));
            }
        }

        pairs.AddRange(unmatchedNewByName.Values.Select(e => new ProfilePair(ProfileStatus.Added, null, e, ProfileDiff.Whole(e.Profile, PayloadOutcome.Added))));
        return new ProfileSetDiffResult(pairs.OrderBy(p => (p.New ?? p.Old)!.Name, StringComparer.Ordinal).ThenBy(p => p.Old?.Name, StringComparer.Ordinal).ToList());
    }

    private static ProfilePair Pair(ProfileEntry old, ProfileEntry @new)
    {
        var diff = ProfileDiff.Compare(old.Profile, @new.Profile);
        return new ProfilePair(diff.HasDifferences ? ProfileStatus.Changed : ProfileStatus.Unchanged, old, @new, diff);
    }

    /// <summary>Identifiers that exactly one profile of the side carries; a shared one cannot say which file is which.</summary>
    private static Dictionary<string, ProfileEntry> UniqueIdentifiers(IReadOnlyList<ProfileEntry> side) =>
        side.Select(e => (Identifier: IdentifierOf(e), Entry: e))
            .Where(x => x.Identifier is not null)
            .GroupBy(x => x.Identifier!, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Entry, StringComparer.Ordinal);

    private static string? IdentifierOf(ProfileEntry entry) =>
        entry.Profile is { IsBarePreferences: false, Identifier: { Length: > 0 } identifier } ? identifier : null;
}
