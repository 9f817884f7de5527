using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;

namespace ProfileAsCode.Cli.Diffing;

/// <summary>Human text for a <see cref="ProfileDiffResult"/>: one heading per payload, one line per key.</summary>
internal static class DiffRenderer
{
    /// <summary>Two folders: a heading per profile that differs, then its payloads and keys as <see cref="Lines(ProfileDiffResult)"/> prints them.</summary>
    public static IEnumerable<(string Line, Tone Tone)> Lines(ProfileSetDiffResult result)
    {
        if (!result.HasDifferences)
        {
            yield return ("no differences", Tone.Good);
            yield break;
        }

        foreach (var pair in result.Profiles.Where(p => p.Status != ProfileStatus.Unchanged))
        {
            var (status, tone) = pair.Status switch
            {
                ProfileStatus.Added => ("added", Tone.Added),
                ProfileStatus.Removed => ("removed", Tone.Removed),
                _ => ("changed", Tone.Plain),
            };
            var files = pair is { Old: { } old, New: { } @new } ? $"{old.Profile.Path} → {@new.Profile.Path}" : (pair.New ?? pair.Old)!.Profile.Path;
            yield return ($"{status}: {pair.Label} ({files})", tone);
            foreach (var (line, lineTone) in Lines(pair.Diff))
            {
                yield return ("  " + line, lineTone);
            }
        }
    }

    public static IEnumerable<(string Line, Tone Tone)> Lines(ProfileDiffResult result)
    {
        if (!result.HasDifferences)
        {
            yield return ("no differences", Tone.Good);
            yield break;
        }

        if (result.TopLevel.Count > 0)
        {
            yield return ("profile: top-level keys changed", Tone.Plain);
            if (result.TopLevel.Any(c => c.Path == PayloadKeys.Identifier))
            {
                yield return ("  note: PayloadIdentifier changed, so devices install this as another profile and keep the old one until it is removed", Tone.Warning);
            }

            foreach (var change in result.TopLevel)
            {
                yield return KeyLine(change);
            }
        }

        foreach (var payload in result.Payloads.Where(p => p.Outcome != PayloadOutcome.Unchanged))
        {
            var document = payload.New ?? payload.Old!;
            var heading = payload.Outcome switch
            {
                PayloadOutcome.InPlaceUpdate => "in-place update",
                PayloadOutcome.RemoveAndReinstall => "removal + reinstall",
                PayloadOutcome.Added => "added",
                _ => "removed",
            };
            var tone = payload.Outcome switch
            {
                PayloadOutcome.Added => Tone.Added,
                PayloadOutcome.Removed => Tone.Removed,
                PayloadOutcome.RemoveAndReinstall => Tone.Warning,
                _ => Tone.Plain,
            };
            var identifier = document.Identifier is null ? "" : $" [{document.Identifier}]";
            yield return ($"payload {document.Domain}{identifier}: {heading}" + (payload.Reason is null ? "" : $" ({payload.Reason})"), tone);
            foreach (var change in payload.Keys)
            {
                yield return KeyLine(change);
            }
        }
    }

    private static (string, Tone) KeyLine(KeyChange change) => change.Kind switch
    {
        ChangeKind.Added => ($"  + {change.Path}: {ValueText.Format(change.New!)}", Tone.Added),
        ChangeKind.Removed => ($"  - {change.Path}: {ValueText.Format(change.Old!)}", Tone.Removed),
        _ => ($"  ~ {change.Path}: {ValueText.Format(change.Old!)} → {ValueText.Format(change.New!)}", Tone.Plain),
    };
}
