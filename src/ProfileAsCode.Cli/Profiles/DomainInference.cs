using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules.Apple;
using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.Cli.Profiles;

/// <summary>
/// Which preference domain a bare plist's keys belong to, from the domains the project has key tables for: Jamf Connect's
/// two (<see cref="JamfConnectKeyTable"/>) and every payload type in Apple's schemas (<see cref="AppleSchemas"/>). A domain
/// "clearly fits" when it knows most of the file's keys (at least three in four, and at least two unless the file has
/// one) and no other domain knows even half as many; otherwise the keys say nothing or too many things.
/// </summary>
internal static class DomainInference
{
    private static readonly Lazy<IReadOnlyDictionary<string, HashSet<string>>> TopLevelKeys = new(Collect);

    /// <summary>Whether the project has a key table for <paramref name="domain"/>.</summary>
    public static bool IsKnown(string domain) => TopLevelKeys.Value.ContainsKey(domain);

    /// <summary>The longest known domain that ends <paramref name="name"/> after a dot (<c>com.contoso.x.com.jamf.connect.login</c> → <c>com.jamf.connect.login</c>).</summary>
    public static string? KnownSuffix(string name) =>
        TopLevelKeys.Value.Keys
            .Where(domain => name.Length > domain.Length + 1 && name.EndsWith("." + domain, StringComparison.Ordinal))
            .OrderByDescending(domain => domain.Length)
            .FirstOrDefault();

    /// <summary>The domains that know any of <paramref name="settings"/>' keys, best first: how many of how many keys each knows.</summary>
    public static Inferred Infer(PlistDictionary settings)
    {
        var keys = settings.Keys.Where(k => !PayloadKeys.IsEnvelopeKey(k)).ToList();
        var candidates = TopLevelKeys.Value
            .Select(entry => new Candidate(entry.Key, keys.Count(entry.Value.Contains)))
            .Where(c => c.Known > 0)
            .OrderByDescending(c => c.Known)
            .ThenBy(c => c.Domain, StringComparer.Ordinal)
            .ToList();
        return new Inferred(keys.Count, candidates);
    }

    private static IReadOnlyDictionary<string, HashSet<string>> Collect()
    {
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string domain, string key)
        {
            if (PayloadKeys.IsEnvelopeKey(key) || key is "*" || key.Length == 0)
            {
                return;
            }

            if (!keys.TryGetValue(domain, out var set))
            {
                keys.Add(domain, set = new HashSet<string>(StringComparer.Ordinal));
            }

            set.Add(key);
        }

        foreach (var spec in JamfConnectKeyTable.Instance.Keys)
        {
            Add(spec.Domain, spec.Path.Split('.')[0]);
        }

        foreach (var schema in AppleSchemas.All.Where(s => !s.IsEnvelope))
        {
            foreach (var key in schema.Keys)
            {
                Add(schema.PayloadType, key.Name);
            }
        }

        return keys;
    }

    internal sealed record Candidate(string Domain, int Known);

    /// <param name="KeyCount">The file's keys (envelope keys aside).</param>
    /// <param name="Candidates">Domains that know at least one of them, best first.</param>
    internal sealed record Inferred(int KeyCount, IReadOnlyList<Candidate> Candidates)
    {
        /// <summary>The one domain that clearly fits, or null.</summary>
        public Candidate? Clear =>
            Candidates is [var best, ..] && best.Known >= Math.Min(2, KeyCount) && best.Known * 4 >= KeyCount * 3
                && (Candidates.Count == 1 || Candidates[1].Known * 2 < best.Known)
                ? best
                : null;

        /// <summary>How the best candidates fit, for a message: <c>com.a (5 of 6 keys), com.b (3 of 6 keys)</c>.</summary>
        public string Describe(int count = 3) =>
            string.Join(", ", Candidates.Take(count).Select(c => $"{c.Domain} ({c.Known} of {KeyCount} keys)"));
    }
}
