using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Exports;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant.SignIns;

/// <summary>The sign-ins read from one or more log files, each once, and one problem line per unreadable file.</summary>
internal sealed class SignInLog
{
    public SignInLog(IReadOnlyList<SignInRecord> records, IReadOnlyList<string> problems)
    {
        Records = records;
        Problems = problems;
    }

    public IReadOnlyList<SignInRecord> Records { get; }

    public IReadOnlyList<string> Problems { get; }
}

/// <summary>
/// Reads sign-in logs: Graph pages (<c>GET /beta/auditLogs/signIns</c>, https://learn.microsoft.com/graph/api/signin-list?view=graph-rest-beta),
/// a bare array (the portal's JSON download, whose shape Microsoft does not document; public scripts read it
/// as an array of the same objects), or Graph PowerShell objects (<c>Get-MgBetaAuditLogSignIn | ConvertTo-Json -Depth 10</c>).
/// A record in several files (interactive and non-interactive downloads overlap) counts once, by its id.
/// </summary>
internal static class SignInLogReader
{
    private const string Expected = "expected sign-in records (signIn) as Microsoft Graph (beta), the Entra portal's JSON download or Microsoft Graph PowerShell write them";

    public static SignInLog Read(IEnumerable<ExportFile> files, JsonLimits? limits = null)
    {
        var records = new List<SignInRecord>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var root = file.TryParse(limits ?? JsonLimits.Default, out var parseProblem);
            if (root is null)
            {
                problems.Add(file.Name + ": not readable as JSON (" + parseProblem + "); " + Expected + ".");
                continue;
            }

            var document = ExportDocument.Of(root);
            var fields = new ExportFields();
            var others = new List<string>();
            foreach (var item in document.Items)
            {
                var kind = ObjectKinds.Detect(item.Value);
                if (kind != TenantObjectKind.SignIn && !(kind is null && document.ContextKinds.Contains(TenantObjectKind.SignIn)))
                {
                    others.Add(item.Path.Length == 0 ? "the object" : item.Path);
                    continue;
                }

                var record = Map(item.Value, fields);
                if (record.Id is null || ids.Add(record.Id))
                {
                    records.Add(record);
                }
            }

            if (document.IsScalar || others.Count > 0 || document.Strays > 0)
            {
                var what = document.IsScalar ? "holds a single " + root.Kind.ToString().ToLowerInvariant()
                    : others.Count > 0 ? others[0] + (others.Count > 1 ? " (and " + (others.Count - 1) + " more)" : string.Empty) + " is no sign-in record"
                    : document.Strays + " array items are not objects";
                problems.Add(file.Name + ": " + what + "; " + Expected + ".");
            }
            else if (fields.SawTruncation)
            {
                problems.Add(file.Name + ": was cut off by PowerShell's ConvertTo-Json (its default -Depth is 2): export again with ConvertTo-Json -Depth 10.");
            }
        }

        return new SignInLog(records, problems);
    }

    private static SignInRecord Map(JsonObject item, ExportFields fields)
    {
        var status = fields.Object(item, "status");
        return new SignInRecord(fields.String(item, "id"), fields.Id(item, "appId"))
        {
            AppDisplayName = fields.String(item, "appDisplayName"),
            ResourceId = fields.Id(item, "resourceId"),
            ResourceDisplayName = fields.String(item, "resourceDisplayName"),
            UserPrincipalName = fields.String(item, "userPrincipalName"),
            UserId = fields.Id(item, "userId"),
            CreatedDateTime = fields.String(item, "createdDateTime"),
            ErrorCode = status is null ? null : Code(ExportFields.Get(status, "errorCode")),
            FailureReason = status is null ? null : fields.String(status, "failureReason"),
            AuthenticationRequirement = fields.String(item, "authenticationRequirement"),
            IsInteractive = fields.Bool(item, "isInteractive"),
            SignInEventTypes = fields.Strings(item, "signInEventTypes"),
            ConditionalAccessStatus = fields.String(item, "conditionalAccessStatus"),
            AppliedPolicies = (fields.Objects(item, "appliedConditionalAccessPolicies") ?? Array.Empty<JsonObject>())
                .Select(policy => new AppliedPolicy(fields.String(policy, "displayName"), fields.String(policy, "result"))).ToList(),
            AuthenticationProtocol = fields.String(item, "authenticationProtocol"),
            ClientAppUsed = fields.String(item, "clientAppUsed"),
        };
    }

    private static long? Code(JsonValue? value) => value switch
    {
        JsonNumber number when number.TryGetInt64(out var code) => code,
        JsonString text when long.TryParse(text.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) => code,
        _ => null,
    };
}
