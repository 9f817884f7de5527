using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.JamfConnect;
using ProfileAsCode.Rules.Tenant;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Analyzers.Tenant;

/// <summary>
/// The tenant checks' findings of a profile, reused for every profile with the same values of the keys the checks
/// read (<see cref="EntraProfile.LoginKeys"/>, <see cref="EntraProfile.MenuBarKeys"/>) against the same tenant: a
/// fleet's records differ in messages, branding and local accounts, rarely in tenant, apps and scopes, and the
/// analyzer runs on every profile of every compilation. A finding's message depends only on those values and the
/// tenant; its location is moved to the same key of the profile at hand.
/// </summary>
internal static class TenantCheckMemo
{
    private const int MaxEntries = 4096;

    private static readonly ConditionalWeakTable<TenantModel, ConcurrentDictionary<string, Entry>> PerTenant = new();

    public static IReadOnlyList<Finding> Check(ProfileFacts profile, TenantModel tenant)
    {
        var keys = new List<KeyFact>();
        var signature = Signature(profile, keys);
        var memo = PerTenant.GetOrCreateValue(tenant);
        if (!memo.TryGetValue(signature, out var entry))
        {
            entry = Entry.Of(TenantChecks.Check(profile, tenant).Findings, keys);
            if (memo.Count >= MaxEntries)
            {
                memo.Clear(); // a generated project with endlessly varied values: start over rather than grow
            }

            memo[signature] = entry;
        }

        return entry.For(keys);
    }

    // The read keys in a fixed order: payload by payload, each list's keys in its order; "?" for a value the analyzer does not know.
    private static string Signature(ProfileFacts profile, List<KeyFact> keys)
    {
        var text = new StringBuilder();
        foreach (var payload in profile.Payloads)
        {
            var read = JamfConnectKeys.IsLogin(payload) ? EntraProfile.LoginKeys : JamfConnectKeys.IsMenuBar(payload) ? EntraProfile.MenuBarKeys : null;
            if (read is null)
            {
                continue;
            }

            text.Append('\u0002').Append(payload.Domain);
            foreach (var path in read)
            {
                if (payload.Find(path) is not { } key)
                {
                    continue;
                }

                keys.Add(key);
                text.Append('\u0001').Append(path).Append('=');
                Append(text, key.Value);
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, FactValue value)
    {
        if (!value.IsKnown)
        {
            text.Append('?');
        }
        else if (value.Value is IReadOnlyList<FactValue> items)
        {
            text.Append('[');
            foreach (var item in items)
            {
                Append(text, item);
                text.Append('\u0003');
            }

            text.Append(']');
        }
        else
        {
            // The kind and the text: "true" the string is not true the boolean.
            text.Append(value.Value?.GetType().Name).Append(':').Append(value.Value);
        }
    }

    private sealed class Entry
    {
        private readonly IReadOnlyList<(Finding Finding, int Key)> findings;

        private Entry(IReadOnlyList<(Finding, int)> findings) => this.findings = findings;

        // The position of each finding's key among the read keys; the checks report findings at a key they read.
        public static Entry Of(IReadOnlyList<Finding> findings, List<KeyFact> keys) =>
            new(findings.Select(finding => (finding, keys.FindIndex(key => ReferenceEquals(key.Origin, finding.Origin) && key.KeyPath == finding.KeyPath))).ToList());

        public IReadOnlyList<Finding> For(List<KeyFact> keys) =>
            findings.Select(f => f.Key < 0 ? f.Finding : new Finding(f.Finding.Rule, f.Finding.Message, f.Finding.KeyPath, keys[f.Key].Origin, f.Finding.Replacement, f.Finding.Properties)).ToList();
    }
}
