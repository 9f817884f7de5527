using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Diffing;

/// <summary>
/// Compares two profiles the way devices see them. A payload keeps its place when its
/// PayloadIdentifier is unchanged; its UUID decides whether the update is in place. Apple's
/// device-management schema (github.com/apple/device-management, mdm/profiles/CommonPayloadKeys.yaml,
/// PayloadIdentifier and PayloadUUID): "During a profile replacement, the system updates payloads with the
/// same 'PayloadIdentifier' and 'PayloadUUID' in the old and new profiles."
/// </summary>
internal static class ProfileDiff
{
    /// <summary>A profile that only one side has: every payload is added (or removed), and no key is listed.</summary>
    public static ProfileDiffResult Whole(ProfileDocument profile, PayloadOutcome outcome) => outcome switch
    {
        PayloadOutcome.Added => new([], profile.Payloads.Select(p => new PayloadChange(p.Domain, outcome, null, p, [])).ToList()),
        PayloadOutcome.Removed => new([], profile.Payloads.Select(p => new PayloadChange(p.Domain, outcome, p, null, [])).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "a whole profile is only added or removed"),
    };

    public static ProfileDiffResult Compare(ProfileDocument old, ProfileDocument @new)
    {
        var topLevel = ValueDiff.Compare(TopLevelOf(old), TopLevelOf(@new));
        var remainingNew = @new.Payloads.ToList();
        var matched = new List<(PayloadDocument Old, PayloadDocument? New)>();

        foreach (var oldPayload in old.Payloads)
        {
            var partner = remainingNew.FirstOrDefault(p => SameSlot(oldPayload, p) && p.Identifier == oldPayload.Identifier);
            if (partner is not null)
            {
                remainingNew.Remove(partner);
            }

            matched.Add((oldPayload, partner));
        }

        // A payload whose identifier changed is still "the same settings" to the admin when exactly one
        // payload of that domain is left on each side: report it as a reinstall, not as two unrelated payloads.
        for (var i = 0; i < matched.Count; i++)
        {
            if (matched[i].New is not null)
            {
                continue;
            }

            var domain = matched[i].Old.Domain;
            var oldOfDomain = matched.Count(m => m.New is null && m.Old.Domain == domain);
            var newOfDomain = remainingNew.Where(p => p.Domain == domain).ToList();
            if (oldOfDomain == 1 && newOfDomain.Count == 1)
            {
                matched[i] = (matched[i].Old, newOfDomain[0]);
                remainingNew.Remove(newOfDomain[0]);
            }
        }

        var changes = matched.Select(m => m.New is null
                ? new PayloadChange(m.Old.Domain, PayloadOutcome.Removed, m.Old, null, [])
                : Classify(m.Old, m.New))
            .Concat(remainingNew.Select(p => new PayloadChange(p.Domain, PayloadOutcome.Added, null, p, [])))
            .ToList();
        return new ProfileDiffResult(topLevel, changes);
    }

    private static PayloadChange Classify(PayloadDocument old, PayloadDocument @new)
    {
        var keys = ValueDiff.Compare(old.Settings, @new.Settings)
            .Concat(PayloadMetadataChanges(old, @new))
            .ToList();
        if (old.Identifier != @new.Identifier)
        {
            return new PayloadChange(old.Domain, PayloadOutcome.RemoveAndReinstall, old, @new, keys, $"PayloadIdentifier changed: {Show(old.Identifier)} → {Show(@new.Identifier)}");
        }

        if (old.Uuid != @new.Uuid)
        {
            return new PayloadChange(old.Domain, PayloadOutcome.RemoveAndReinstall, old, @new, keys, $"PayloadUUID changed: {Show(old.Uuid)} → {Show(@new.Uuid)}");
        }

        if (old.Form != @new.Form)
        {
            return new PayloadChange(old.Domain, PayloadOutcome.InPlaceUpdate, old, @new, keys, $"payload form changed: {old.Form} → {@new.Form}");
        }

        return new PayloadChange(old.Domain, keys.Count == 0 ? PayloadOutcome.Unchanged : PayloadOutcome.InPlaceUpdate, old, @new, keys);
    }

    /// <summary>Payload* keys other than identity (display name, description…), which devices show but do not act on.</summary>
    private static IEnumerable<KeyChange> PayloadMetadataChanges(PayloadDocument old, PayloadDocument @new)
    {
        static PlistDictionary Metadata(PayloadDocument p) => new(p.Payload.Where(e =>
            PayloadKeys.IsEnvelopeKey(e.Key) && e.Key is not PayloadKeys.Content and not PayloadKeys.Identifier and not PayloadKeys.Uuid and not PayloadKeys.Type));
        return ValueDiff.Compare(Metadata(old), Metadata(@new));
    }

    /// <summary>Both sides are one domain in a payload of the same kind (or the same bare plist).</summary>
    private static bool SameSlot(PayloadDocument a, PayloadDocument b) => a.Domain == b.Domain;

    /// <summary>The top-level keys other than PayloadContent; payloads are compared one by one.</summary>
    private static PlistDictionary TopLevelOf(ProfileDocument profile) =>
        profile.IsBarePreferences ? PlistDictionary.Empty : profile.Root.Remove(PayloadKeys.Content);

    private static string Show(string? value) => value is null ? "(none)" : $"\"{value}\"";
}
