using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Tenant;
using ProfileAsCode.Rules.Tenant.Exports;

namespace ProfileAsCode.Host.Tenant;

/// <summary>
/// The tenant checks (PAC5001–PAC5016) of every profile of the project against the exports, next to the rule
/// engine's own checks; findings carry the facts' origins, so they land at the profile's attribute like the
/// others. What the exports cannot show is counted for the summary, not reported as findings.
/// </summary>
internal sealed class TenantCheckRun(TenantExportResult exports, int files)
{
    private readonly HashSet<string> notCheckable = new(StringComparer.Ordinal);

    public IReadOnlyList<Finding> Check(IReadOnlyList<ProfileFacts> profiles)
    {
        var findings = new List<Finding>();
        foreach (var profile in profiles)
        {
            var result = TenantChecks.Check(profile, exports.Model);
            findings.AddRange(result.Findings);
            notCheckable.UnionWith(result.NotCheckable.Select(note => note.ToString()));
        }

        return findings;
    }

    /// <summary>Lines for the build log after the summary: the exports' notices (later pages missing, an empty file) and what was not checkable.</summary>
    public IEnumerable<string> Describe()
    {
        foreach (var notice in exports.Notices)
        {
            yield return "ProfileAsCode: tenant export: " + notice;
        }

        yield return $"ProfileAsCode: checked against {files} Entra ID tenant export file(s)"
            + (notCheckable.Count == 0 ? "" : $"; {notCheckable.Count} thing(s) the exports cannot show were not checked (profile-as-code entra check lists them)");
    }
}
