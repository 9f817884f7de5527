using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant;

internal enum Reach
{
    DoesNotCover,
    Covers,

    /// <summary>Decided by something the exports do not show (group membership, named locations, …).</summary>
    Unknown,
}

/// <summary>
/// Whether a Conditional Access policy reaches Jamf Connect's ROPG password check: a user's token
/// request, from a desktop client, for the API app the ROPG scope names. Conditional Access targets the
/// resource of a request, not the public client that makes it
/// (https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-cloud-apps),
/// and matches excluded applications by appId
/// (https://learn.microsoft.com/graph/api/resources/conditionalaccessapplications). What depends on
/// group or role membership, named locations, device platform, device filters, risk or custom
/// security attributes is <see cref="Reach.Unknown"/>, never guessed.
/// </summary>
internal sealed class PolicyReach
{
    private PolicyReach(Reach reach, string detail, string? objectIdExclusion)
    {
        Reach = reach;
        Detail = detail;
        ObjectIdExclusion = objectIdExclusion;
    }

    public Reach Reach { get; }

    /// <summary>For <see cref="Reach.Covers"/> whom and what it targets; for <see cref="Reach.Unknown"/> why it cannot be told.</summary>
    public string Detail { get; }

    /// <summary>The API app's object ID (or its service principal's) when the policy "excludes" it by that instead of its appId.</summary>
    public string? ObjectIdExclusion { get; }

    public static PolicyReach OfRopg(ConditionalAccessPolicy policy, ApiScope api)
    {
        var appId = api.AppId!;
        var conditions = policy.Conditions;
        if (conditions?.Applications is not { } apps || conditions.Users is not { } users)
        {
            return Unknown("the export lacks its conditions (applications and users)");
        }

        if (conditions.ExcludingConditions.Count > 0)
        {
            return DoesNotCover(); // workload identities or special authentication flows only
        }

        var targetsAll = Contains(apps.Include, PolicyApplications.All);
        if ((!targetsAll && !Contains(apps.Include, appId)) || Contains(apps.Exclude, appId))
        {
            return DoesNotCover();
        }

        var clientTypes = conditions.ClientAppTypes;
        if (clientTypes is { Count: > 0 } && !Contains(clientTypes, "all") && !Contains(clientTypes, "mobileAppsAndDesktopClients"))
        {
            return DoesNotCover(); // browser, Exchange ActiveSync or legacy clients only
        }

        if (!Contains(users.IncludeUsers, PolicyUsers.All))
        {
            var onlyNone = users.IncludeGroups.Count == 0 && users.IncludeRoles.Count == 0 && !users.IncludesGuestsOrExternalUsers
                && users.IncludeUsers.All(u => string.Equals(u, PolicyUsers.None, StringComparison.OrdinalIgnoreCase));
            return onlyNone ? DoesNotCover() : Unknown("it applies to selected users, groups or roles, and whether your Mac users are among them is not in the exports");
        }

        if (apps.HasFilter)
        {
            return Unknown("it filters applications by custom security attributes (applicationFilter), whose values are not in the exports");
        }

        if (conditions.UndecidableConditions.Count > 0)
        {
            return Unknown("its conditions " + string.Join(", ", conditions.UndecidableConditions) + " decide, and their effect on the ROPG request is not in the exports");
        }

        var objectIds = new[] { api.Application?.Id, api.ServicePrincipal?.Id }.OfType<string>();
        var objectIdExclusion = objectIds.FirstOrDefault(id => Contains(apps.Exclude, id));
        var whom = users.ExclusionCount > 0 ? "all users except " + users.ExclusionCount + " excluded users, groups or roles" : "all users";
        var what = targetsAll ? "all resources" : "the API app";
        return new PolicyReach(Reach.Covers, what + " for " + whom, objectIdExclusion);
    }

    public static bool Contains(IReadOnlyList<string> values, string value) =>
        values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));

    private static PolicyReach DoesNotCover() => new(Reach.DoesNotCover, string.Empty, null);

    private static PolicyReach Unknown(string why) => new(Reach.Unknown, why, null);
}
