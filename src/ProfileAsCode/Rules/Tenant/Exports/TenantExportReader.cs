using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant.Exports;

/// <summary>What reading the tenant exports gave: the model, one problem line per file that could not be read (fully), and notices.</summary>
internal sealed class TenantExportResult
{
    public TenantExportResult(TenantModel model, IReadOnlyList<string> problems, IReadOnlyList<string> notices)
    {
        Model = model;
        Problems = problems;
        Notices = notices;
    }

    public TenantModel Model { get; }

    /// <summary>"file: what is wrong; what we expected", at most one line per file.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Things to know that do not stop the checks (an export with later pages missing, an empty file).</summary>
    public IReadOnlyList<string> Notices { get; }
}

/// <summary>
/// Reads tenant exports into one <see cref="TenantModel"/>: any number of files, each in any shape
/// <see cref="ExportDocument"/> knows, objects told apart by <see cref="ObjectKinds"/> (not by file
/// name), so pages of one listing may come as several files and one file may mix kinds. An object
/// exported twice (by two tools) counts once.
/// </summary>
internal static class TenantExportReader
{
    private const string Expected = "expected JSON of app registrations, enterprise applications, consent grants, Conditional Access policies or the organization, as Microsoft Graph, az or Microsoft Graph PowerShell write it";

    public static TenantExportResult Read(IEnumerable<ExportFile> files, JsonLimits? limits = null)
    {
        var collected = new Collected();
        var problems = new List<string>();
        var pages = new Dictionary<TenantObjectKind, int[]>();
        foreach (var file in files)
        {
            var reasons = ReadFile(file, limits ?? JsonLimits.Default, collected, pages, out var isEmpty);
            if (reasons.Count > 0)
            {
                problems.Add(file.Name + ": " + string.Join("; ", reasons));
            }
            else if (isEmpty)
            {
                collected.Notices.Add(file.Name + ": holds no objects.");
            }
        }

        foreach (var entry in pages)
        {
            if (entry.Value[0] > 0 && entry.Value[1] == 0)
            {
                collected.Notices.Add(ObjectKinds.Describe(entry.Key) + ": every page given carries @odata.nextLink, so later pages are missing and objects on them read as absent. az rest does not follow nextLink: fetch each nextLink URL (in single quotes) and pass every page.");
            }
        }

        var model = new TenantModel(collected.Applications, collected.ServicePrincipals, collected.Grants, collected.Policies, collected.Tenants, collected.Kinds);
        return new TenantExportResult(model, problems, collected.Notices);
    }

    private static List<string> ReadFile(ExportFile file, JsonLimits limits, Collected collected, Dictionary<TenantObjectKind, int[]> pages, out bool isEmpty)
    {
        var reasons = new List<string>();
        isEmpty = false;
        var root = file.TryParse(limits, out var parseProblem);
        if (root is null)
        {
            reasons.Add("not readable as JSON (" + parseProblem + "); " + Expected + ".");
            return reasons;
        }

        var document = ExportDocument.Of(root);
        if (document.IsScalar)
        {
            reasons.Add("holds a single " + root.Kind.ToString().ToLowerInvariant() + ", not exported objects; " + Expected + ".");
            return reasons;
        }

        foreach (var kind in document.ContextKinds)
        {
            collected.Kinds.Add(kind);
            if (!pages.TryGetValue(kind, out var counts))
            {
                pages[kind] = counts = new int[2];
            }

            counts[0] += document.PagesWithNextLink;
            counts[1] += document.LastPages;
        }

        var fields = new ExportFields();
        var unknown = new List<string>();
        var legacy = 0;
        var signIns = 0;
        var contextKind = document.ContextKinds.Count == 1 ? document.ContextKinds.First() : (TenantObjectKind?)null;
        foreach (var item in document.Items)
        {
            if (ObjectKinds.IsAzureAdGraph(item.Value))
            {
                legacy++;
                continue;
            }

            var kind = ObjectKinds.Detect(item.Value) ?? contextKind;
            if (kind == TenantObjectKind.SignIn)
            {
                signIns++;
            }
            else if (kind is null || !collected.Add(kind.Value, item.Value, fields))
            {
                unknown.Add(item.Path.Length == 0 ? "the object" : item.Path);
            }
        }

        if (legacy > 0)
        {
            reasons.Add("is in the retired Azure AD Graph format (objectId, odata.metadata: az before 2.37 or the AzureAD PowerShell module), which is not read; export again with a current az or Microsoft Graph PowerShell.");
        }

        if (signIns > 0)
        {
            reasons.Add("holds " + signIns + " sign-in records, which are read by the sign-in diagnosis, not as a tenant export.");
        }

        if (unknown.Count > 0)
        {
            var more = unknown.Count > 1 ? " (and " + (unknown.Count - 1) + " more)" : string.Empty;
            reasons.Add(unknown[0] + more + " is none of the objects we read (or lacks its appId, clientId or resourceId); " + Expected + ".");
        }

        if (document.Strays > 0)
        {
            reasons.Add(document.Strays + " array items are not objects; " + Expected + ".");
        }

        if (fields.SawTruncation)
        {
            reasons.Add("was cut off by PowerShell's ConvertTo-Json (nested settings appear as type names such as 'Microsoft.Graph.PowerShell.Models…'; its default -Depth is 2): export again with ConvertTo-Json -Depth 10.");
        }

        isEmpty = document.Items.Count == 0 && document.Strays == 0;
        return reasons;
    }

    /// <summary>Everything read so far, each object once.</summary>
    private sealed class Collected
    {
        private readonly HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);

        public List<EntraApplication> Applications { get; } = new();

        public List<EntraServicePrincipal> ServicePrincipals { get; } = new();

        public List<PermissionGrant> Grants { get; } = new();

        public List<ConditionalAccessPolicy> Policies { get; } = new();

        public List<TenantIdentity> Tenants { get; } = new();

        public HashSet<TenantObjectKind> Kinds { get; } = new();

        public List<string> Notices { get; } = new();

        /// <summary>Maps and keeps the object; false when it lacks the fields its kind needs.</summary>
        public bool Add(TenantObjectKind kind, JsonObject item, ExportFields fields)
        {
            switch (kind)
            {
                case TenantObjectKind.Application:
                    return Keep(ApplicationMapping.Read(item, fields), app => "app:" + app.AppId, Applications, kind);
                case TenantObjectKind.ServicePrincipal:
                    return Keep(ServicePrincipalMapping.Read(item, fields), sp => "sp:" + sp.AppId, ServicePrincipals, kind);
                case TenantObjectKind.PermissionGrant:
                    return Keep(PermissionGrantMapping.Read(item, fields), grant => "grant:" + (grant.Id ?? grant.ClientId + "/" + grant.ResourceId + "/" + grant.ConsentType + "/" + grant.PrincipalId), Grants, kind);
                case TenantObjectKind.ConditionalAccessPolicy:
                    var policy = PolicyMapping.Read(item, fields);
                    return Keep(policy, p => "policy:" + (p.Id ?? p.DisplayName + "#" + Policies.Count), Policies, kind);
                default:
                    return Keep(OrganizationMapping.Read(item, fields), tenant => "tenant:" + tenant.TenantId, Tenants, kind);
            }
        }

        private bool Keep<T>(T? value, Func<T, string> key, List<T> list, TenantObjectKind kind)
            where T : class
        {
            if (value is null)
            {
                return false;
            }

            Kinds.Add(kind);
            if (seen.Add(key(value)))
            {
                list.Add(value);
            }

            return true;
        }
    }
}
