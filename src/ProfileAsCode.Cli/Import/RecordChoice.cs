using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// Picks the record a payload's settings become when the library has several for its type (docs/profiles.md,
/// "Importing"): among the records that hold every value exactly, the one that types the most keys (at every level),
/// then the one that leaves the fewest to <c>[AdditionalKeys]</c>, then the first in Apple's schema table. So a
/// Kerberos <c>com.apple.extensiblesso</c> payload becomes the Kerberos record (it types the <c>ExtensionData</c> keys
/// the general record holds as "any value", <see cref="TypedValueEmitter.TypedKeys"/>), a Platform SSO one the general
/// record (the Kerberos record has no <c>PlatformSSO</c>), and a <c>com.apple.MCX</c> payload the schema its keys come from.
/// </summary>
internal static class RecordChoice
{
    /// <summary>The chosen record and why the others were refused (empty when one fits); null record when none fits.</summary>
    public static (Type? Record, IReadOnlyList<(Type Record, string Problem)> Refusals) Choose(IReadOnlyList<Type> candidates, PlistDictionary settings)
    {
        Type? best = null;
        (int Typed, int Raw) bestScore = default;
        var refusals = new List<(Type, string)>();
        foreach (var candidate in candidates)
        {
            // A trial emission: its names and constants are thrown away; the chosen record is emitted again for real.
            var trial = new TypedValueEmitter(new TypeNames(), GuidConstants.None);
            var emitted = trial.Record(settings, candidate, "new()");
            if (emitted.Problem is { } problem)
            {
                refusals.Add((candidate, problem));
                continue;
            }

            var score = (trial.TypedKeys, trial.RawKeys);
            if (best is null || score.TypedKeys > bestScore.Typed || (score.TypedKeys == bestScore.Typed && score.RawKeys < bestScore.Raw))
            {
                best = candidate;
                bestScore = score;
            }
        }

        return (best, best is null ? refusals : []);
    }
}
