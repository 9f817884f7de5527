namespace ProfileAsCode.Rules.Tenant.SignIns;

/// <summary>
/// Jamf's sign-in test, automated ("Creating a Jamf Connect Configuration with Conditional Access",
/// learn.jamf.com): the interactive sign-in at the login window shows multifactor authentication; the
/// ROPG password check shows single-factor authentication, no Conditional Access policy applied, and
/// success. Sign-ins of the Jamf Connect client apps are grouped by user and kind; each group is judged and
/// each failure explained (<see cref="AadstsCodes"/>). Field meanings:
/// https://learn.microsoft.com/graph/api/resources/signin?view=graph-rest-beta.
/// </summary>
internal static class SignInDiagnosis
{
    private const string MultiFactor = "multiFactorAuthentication";
    private const string SingleFactor = "singleFactorAuthentication";

    /// <param name="log">The sign-ins read by <see cref="SignInLogReader"/>.</param>
    /// <param name="clientAppIds">The Jamf Connect client appIds (from the profile); when empty, apps named "Jamf Connect…" in the log, else the apps with ROPG sign-ins.</param>
    /// <param name="apiAppIds">The API apps of ROPGScopes: a sign-in to one of them counts as ROPG when the log lacks authenticationProtocol.</param>
    public static SignInReport Diagnose(SignInLog log, IReadOnlyCollection<string>? clientAppIds = null, IReadOnlyCollection<string>? apiAppIds = null)
    {
        var notes = new List<string>();
        var clients = ChooseClients(log, clientAppIds, notes);
        var apis = new HashSet<string>(apiAppIds ?? Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        var relevant = log.Records.Where(r => r.AppId is not null && clients.Contains(r.AppId)).ToList();
        if (relevant.Any(r => r.AuthenticationRequirement is null))
        {
            notes.Add("Some sign-ins lack authenticationRequirement and authenticationProtocol, which only the beta API carries: export with GET https://graph.microsoft.com/beta/auditLogs/signIns (or Get-MgBetaAuditLogSignIn).");
        }

        var groups = relevant
            .GroupBy(r => (User: (r.UserPrincipalName ?? r.UserId ?? "(unknown user)").ToLowerInvariant(), Kind: KindOf(r, apis)))
            .OrderBy(g => g.Key.User, StringComparer.Ordinal).ThenBy(g => g.Key.Kind)
            .Select(g => Judge(g.Key.User, g.Key.Kind, g.ToList()))
            .ToList();

        var judged = groups.Where(g => g.Kind != SignInKind.Other).ToList();
        var designMet = judged.All(g => g.Verdict != Verdict.DoesNotMatch)
            && judged.Any(g => g.Kind == SignInKind.InteractiveOidc && g.Verdict == Verdict.MatchesDesign)
            && judged.Any(g => g.Kind == SignInKind.Ropg && g.Verdict == Verdict.MatchesDesign);
        if (!judged.Any(g => g.Kind == SignInKind.InteractiveOidc && g.Verdict == Verdict.MatchesDesign))
        {
            notes.Add("No interactive sign-in matches the design yet: sign in once at the login window and export the log again.");
        }

        if (!judged.Any(g => g.Kind == SignInKind.Ropg && g.Verdict == Verdict.MatchesDesign))
        {
            notes.Add("No ROPG password check matches the design yet: run Jamf Connect's password check (or Test → ROPG in Jamf Connect Configuration) and export the log again, non-interactive sign-ins included.");
        }

        return new SignInReport(clients.ToList(), groups, log.Records.Count - relevant.Count, designMet, notes);
    }

    /// <summary>The client IDs of a profile (OIDCClientID, OIDCROPGID, IdPSettings.ROPGID), for <see cref="Diagnose"/>.</summary>
    public static IReadOnlyList<string> ClientAppIdsOf(ProfileFacts profile) =>
        EntraProfile.From(profile).ClientIds.Select(TenantCheck.Guid).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// The API apps of a profile's ROPGScopes: resolved in the tenant model when it knows them, else the GUID of
    /// an <c>api://&lt;GUID&gt;</c> resource, which is the appId under Entra's default Application ID URI.
    /// </summary>
    public static IReadOnlyList<string> ApiAppIdsOf(ProfileFacts profile, Model.TenantModel? tenant = null) =>
        EntraProfile.From(profile).RopgScopeKeys
            .SelectMany(key => ApiScope.Of(key, tenant ?? Model.TenantModel.Empty))
            .Select(api => api.AppId ?? (api.Token.Resource.StartsWith("api://", StringComparison.OrdinalIgnoreCase) ? Parsing.Guids.TryNormalize(api.Token.Resource.Substring(6)) : null))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static SignInKind KindOf(SignInRecord record, ISet<string> apiAppIds)
    {
        if (string.Equals(record.AuthenticationProtocol, "ropc", StringComparison.OrdinalIgnoreCase))
        {
            return SignInKind.Ropg;
        }

        if (record.AuthenticationProtocol is null && record.ResourceId is not null && apiAppIds.Contains(record.ResourceId))
        {
            return SignInKind.Ropg; // v1.0 logs have no protocol; the ROPG check is the one that asks for the API
        }

        var interactive = record.IsInteractive == true || (record.SignInEventTypes?.Contains("interactiveUser", StringComparer.OrdinalIgnoreCase) ?? false);
        return interactive ? SignInKind.InteractiveOidc : SignInKind.Other;
    }

    private static HashSet<string> ChooseClients(SignInLog log, IReadOnlyCollection<string>? given, List<string> notes)
    {
        if (given is { Count: > 0 })
        {
            return new HashSet<string>(given.Select(id => Parsing.Guids.TryNormalize(id) ?? id), StringComparer.OrdinalIgnoreCase);
        }

        var named = log.Records.Where(r => r.AppId is not null && (r.AppDisplayName ?? string.Empty).IndexOf("Jamf Connect", StringComparison.OrdinalIgnoreCase) >= 0).Select(r => r.AppId!);
        var chosen = new HashSet<string>(named, StringComparer.OrdinalIgnoreCase);
        var how = "apps whose name contains 'Jamf Connect'";
        if (chosen.Count == 0)
        {
            chosen.UnionWith(log.Records.Where(r => r.AppId is not null && string.Equals(r.AuthenticationProtocol, "ropc", StringComparison.OrdinalIgnoreCase)).Select(r => r.AppId!));
            how = "apps with ROPG sign-ins";
        }

        notes.Add(chosen.Count == 0
            ? "No Jamf Connect client app found in the log; pass the profile so its client IDs are used."
            : "Without a profile, the judged client apps are the " + how + ": " + string.Join(", ", chosen.OrderBy(id => id, StringComparer.Ordinal)) + ".");
        return chosen;
    }

    private static SignInGroup Judge(string user, SignInKind kind, List<SignInRecord> records)
    {
        var successes = records.Where(r => r.Succeeded).ToList();
        var failures = records.Where(r => r.ErrorCode is > 0)
            .GroupBy(r => r.ErrorCode!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new FailureSummary(AadstsCodes.Explain(g.Key), KindFor(g.Key, kind), g.Count(), g.Select(r => r.FailureReason).FirstOrDefault(f => f is not null)))
            .ToList();
        var deviations = new List<string>();
        if (kind == SignInKind.InteractiveOidc)
        {
            var singleFactor = successes.Count(r => string.Equals(r.AuthenticationRequirement, SingleFactor, StringComparison.OrdinalIgnoreCase));
            if (singleFactor > 0)
            {
                deviations.Add(singleFactor + " successful interactive sign-ins were single-factor: the login window is not MFA-protected (OIDCScopes requesting the excluded API, PAC5013; an MFA policy in report-only, PAC5014; or no MFA policy reaches the resource).");
            }
        }
        else if (kind == SignInKind.Ropg)
        {
            var multiFactor = successes.Count(r => string.Equals(r.AuthenticationRequirement, MultiFactor, StringComparison.OrdinalIgnoreCase));
            if (multiFactor > 0)
            {
                deviations.Add(multiFactor + " successful ROPG sign-ins required multifactor authentication: the API exclusion is not effective (PAC5011).");
            }

            var withPolicy = successes.Where(r => string.Equals(r.ConditionalAccessStatus, "success", StringComparison.OrdinalIgnoreCase) || r.AppliedPolicies.Any(p => p.WasEnforced)).ToList();
            if (withPolicy.Count > 0)
            {
                var names = withPolicy.SelectMany(r => r.AppliedPolicies.Where(p => p.WasEnforced).Select(p => "'" + TenantText.Name(p.DisplayName) + "'")).Distinct().Take(3).ToList();
                deviations.Add(withPolicy.Count + " successful ROPG sign-ins had Conditional Access applied" + (names.Count > 0 ? " (" + string.Join(", ", names) + ")" : string.Empty) + "; the design expects none: exclude the API app from those policies.");
            }
        }

        var observations = deviations.ToList();
        foreach (var failure in failures.Where(f => f.Kind == FailureKind.Configuration))
        {
            deviations.Add(failure.Count + " sign-ins failed with AADSTS" + failure.Code.Code + " (" + failure.Code.Meaning + "): " + failure.Code.Cause + ". Fix: " + failure.Code.Fix + ".");
        }

        var verdict = kind == SignInKind.Other ? Verdict.Undecided
            : deviations.Count > 0 ? Verdict.DoesNotMatch
            : successes.Any(r => r.AuthenticationRequirement is not null) ? Verdict.MatchesDesign
            : Verdict.Undecided;
        var ordered = records.Select(r => r.CreatedDateTime).OfType<string>().OrderBy(t => t, StringComparer.Ordinal).ToList();
        return new SignInGroup(user, kind, records.Count, successes.Count, ordered.FirstOrDefault(), ordered.LastOrDefault(), verdict, deviations, failures)
        {
            Observations = observations,
        };
    }

    // The interactive sign-in's MFA prompt is logged as an interrupted attempt (50074, 50076, 50140);
    // for ROPG the same codes mean a policy reached the password check.
    private static FailureKind KindFor(long code, SignInKind kind)
    {
        var entry = AadstsCodes.Explain(code);
        if (kind == SignInKind.InteractiveOidc && (code == 50074 || code == 50076 || code == 50140))
        {
            return FailureKind.Expected;
        }

        if (kind == SignInKind.InteractiveOidc && code == 50079)
        {
            return FailureKind.Account;
        }

        return entry.Kind;
    }
}
