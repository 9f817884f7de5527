using System.Runtime.CompilerServices;
namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// An Apple payload's facts next to the schema they are judged by. Most payload types have one schema; where Apple
/// describes one type in several (six for <c>com.apple.MCX</c>, a generic and a Kerberos one for
/// <c>com.apple.extensiblesso</c>) the candidates are narrowed by what the payload sets: schemas that define all its
/// keys, then — when a schema fixes a key to one value (<c>ExtensionIdentifier</c> of the Kerberos schema) — the
/// schemas whose fixed values the payload has. A finding must then hold in every candidate left
/// (<see cref="InEverySchema"/>): a payload a Mac accepts under one of them is not an error.
/// </summary>
internal sealed class ApplePayloadMatch
{
    private HashSet<string>? present;

    private ApplePayloadMatch(PayloadFacts payload, IReadOnlyList<ApplePayloadSchema> schemas)
    {
        Payload = payload;
        Schemas = schemas;
    }

    public PayloadFacts Payload { get; }

    /// <summary>The candidate schemas, on macOS; never empty.</summary>
    public IReadOnlyList<ApplePayloadSchema> Schemas { get; }

    /// <summary>
    /// Every path the payload sets, and every dictionary or array item above one (<c>A</c>, <c>A[0]</c>, <c>A[0].B</c>):
    /// a key is present when something is written at or under it, even a value not known.
    /// </summary>
    public HashSet<string> Present => present ??= PresentPaths(Payload);

    /// <summary>The match for an Apple payload whose type has a schema on macOS; null for anything else.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static ApplePayloadMatch? Of(PayloadFacts payload)
    {
        if (payload.Kind != PayloadKind.ApplePayload || AppleSchemas.Find(payload.Domain) is not { OnMacOS.Count: > 0 } type)
        {
            return null;
        }

        return new ApplePayloadMatch(payload, Narrow(payload, type.OnMacOS));
    }

    /// <summary>
    /// Runs <paramref name="check"/> against each candidate and keeps the findings every candidate gives (same rule, same
    /// key path), in the first candidate's words.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public void InEverySchema(Action<ApplePayloadSchema, List<Finding>> check, List<Finding> findings)
    {
        if (Schemas.Count == 1)
        {
            check(Schemas[0], findings);
            return;
        }

        var first = new List<Finding>();
        check(Schemas[0], first);
        for (var i = 1; i < Schemas.Count && first.Count > 0; i++)
        {
            var other = new List<Finding>();
            check(Schemas[i], other);
            first.RemoveAll(f => !other.Exists(o => o.Rule == f.Rule && o.KeyPath == f.KeyPath));
        }

        findings.AddRange(first);
    }

    /// <summary>The fact written at exactly <paramref name="path"/>, or null.</summary>
    public KeyFact? Fact(string path) => Payload.Find(path);

    /// <summary>The origin to report a finding about the dictionary at <paramref name="prefix"/> (empty: the payload) at.</summary>
    public object? OriginOf(string prefix) => prefix.Length > 0 && Payload.Find(prefix)?.Origin is { } origin ? origin : Payload.Origin;

    private static IReadOnlyList<ApplePayloadSchema> Narrow(PayloadFacts payload, IReadOnlyList<ApplePayloadSchema> schemas)
    {
        if (schemas.Count == 1)
        {
            return schemas;
        }

        // Keys some schema defines must be defined by the candidate; keys none defines are PAC4005's.
        var fitting = schemas.Where(schema => payload.Keys.All(key => schema.FindKey(key.KeyPath) is not null || schemas.All(other => other.FindKey(key.KeyPath) is null))).ToList();
        if (fitting.Count == 0)
        {
            fitting = schemas.ToList();
        }

        var unviolated = fitting.Where(schema => !FixedValues(schema).Any(key => payload.Find(key.Name)?.Value is { IsKnown: true } value && !Equals(value.Value, key.AllowedValues[0]))).ToList();
        if (unviolated.Count == 0)
        {
            return fitting;
        }

        var specific = unviolated.Where(schema => FixedValues(schema).Any(key => payload.Find(key.Name) is not null)).ToList();
        return specific.Count > 0 ? specific : unviolated;
    }

    // Required top-level keys with exactly one allowed value: what tells a specialised schema from the generic one.
    private static IEnumerable<AppleKeySchema> FixedValues(ApplePayloadSchema schema) =>
        schema.Keys.Where(key => key.IsRequired && key.AllowedValues.Count == 1);

    [MethodImpl(HotPath.Optimized)]
    private static HashSet<string> PresentPaths(PayloadFacts payload)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in payload.Keys)
        {
            var path = key.KeyPath;
            paths.Add(path);
            for (var i = 0; i < path.Length; i++)
            {
                if (path[i] == '.' || path[i] == '[')
                {
                    paths.Add(path.Substring(0, i));
                }
            }
        }

        return paths;
    }
}
