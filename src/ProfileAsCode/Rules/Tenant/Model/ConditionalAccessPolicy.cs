namespace ProfileAsCode.Rules.Tenant.Model;

/// <summary>
/// A Conditional Access policy (https://learn.microsoft.com/graph/api/resources/conditionalaccesspolicy),
/// reduced to what decides whether it reaches Jamf Connect's sign-ins. Values keep Graph's spelling;
/// comparisons ignore case (Graph PowerShell and Graph differ in casing).
/// </summary>
internal sealed class ConditionalAccessPolicy
{
    public const string Enabled = "enabled";
    public const string Disabled = "disabled";
    public const string ReportOnly = "enabledForReportingButNotEnforced";

    public ConditionalAccessPolicy(string? id, string? displayName, string? state, PolicyConditions? conditions, PolicyGrantControls? grantControls)
    {
        Id = id;
        DisplayName = displayName;
        State = state;
        Conditions = conditions;
        GrantControls = grantControls;
    }

    public string? Id { get; }

    public string? DisplayName { get; }

    /// <summary><c>enabled</c>, <c>disabled</c> or <c>enabledForReportingButNotEnforced</c> (report-only).</summary>
    public string? State { get; }

    /// <summary>Null when the export does not carry the conditions (then nothing about the policy's reach is known).</summary>
    public PolicyConditions? Conditions { get; }

    /// <summary>Null for a policy with session controls only.</summary>
    public PolicyGrantControls? GrantControls { get; }

    public bool IsEnabled => string.Equals(State, Enabled, StringComparison.OrdinalIgnoreCase);

    public bool IsReportOnly => string.Equals(State, ReportOnly, StringComparison.OrdinalIgnoreCase);

    public bool IsDisabled => string.Equals(State, Disabled, StringComparison.OrdinalIgnoreCase);
}

/// <summary><c>conditions</c> of a policy.</summary>
internal sealed class PolicyConditions
{
    public PolicyConditions(PolicyApplications? applications, PolicyUsers? users, IReadOnlyList<string>? clientAppTypes)
    {
        Applications = applications;
        Users = users;
        ClientAppTypes = clientAppTypes;
    }

    public PolicyApplications? Applications { get; }

    public PolicyUsers? Users { get; }

    /// <summary><c>all</c>, <c>browser</c>, <c>mobileAppsAndDesktopClients</c>, <c>exchangeActiveSync</c>, <c>easSupported</c>, <c>other</c>.</summary>
    public IReadOnlyList<string>? ClientAppTypes { get; }

    /// <summary>Names of set conditions whose effect an export cannot decide (<c>locations</c>, <c>platforms</c>, risk levels, device filter).</summary>
    public IReadOnlyList<string> UndecidableConditions { get; set; } = Array.Empty<string>();

    /// <summary>Set conditions that keep the policy away from a user's password sign-in altogether (<c>authenticationFlows</c>, workload identities).</summary>
    public IReadOnlyList<string> ExcludingConditions { get; set; } = Array.Empty<string>();
}

/// <summary><c>conditions.applications</c>.</summary>
internal sealed class PolicyApplications
{
    public const string All = "All";
    public const string None = "None";

    public PolicyApplications(IReadOnlyList<string> include, IReadOnlyList<string> exclude, bool hasFilter, bool hasUserActionsOrAuthenticationContexts)
    {
        Include = include;
        Exclude = exclude;
        HasFilter = hasFilter;
        HasUserActionsOrAuthenticationContexts = hasUserActionsOrAuthenticationContexts;
    }

    /// <summary>appIds, <c>All</c>, <c>Office365</c>, <c>MicrosoftAdminPortals</c>, <c>None</c>.</summary>
    public IReadOnlyList<string> Include { get; }

    /// <summary>appIds (client IDs, not object IDs), <c>Office365</c>, <c>MicrosoftAdminPortals</c>.</summary>
    public IReadOnlyList<string> Exclude { get; }

    /// <summary>An <c>applicationFilter</c> on custom security attributes: not decidable offline.</summary>
    public bool HasFilter { get; }

    /// <summary>The policy targets user actions or authentication contexts instead of resources.</summary>
    public bool HasUserActionsOrAuthenticationContexts { get; }
}

/// <summary><c>conditions.users</c>.</summary>
internal sealed class PolicyUsers
{
    public const string All = "All";
    public const string None = "None";

    public PolicyUsers(IReadOnlyList<string> includeUsers, IReadOnlyList<string> excludeUsers, IReadOnlyList<string> includeGroups, IReadOnlyList<string> excludeGroups, IReadOnlyList<string> includeRoles, IReadOnlyList<string> excludeRoles, bool includesGuestsOrExternalUsers)
    {
        IncludeUsers = includeUsers;
        ExcludeUsers = excludeUsers;
        IncludeGroups = includeGroups;
        ExcludeGroups = excludeGroups;
        IncludeRoles = includeRoles;
        ExcludeRoles = excludeRoles;
        IncludesGuestsOrExternalUsers = includesGuestsOrExternalUsers;
    }

    /// <summary>User object IDs, <c>All</c>, <c>None</c>, <c>GuestsOrExternalUsers</c>.</summary>
    public IReadOnlyList<string> IncludeUsers { get; }

    public IReadOnlyList<string> ExcludeUsers { get; }

    public IReadOnlyList<string> IncludeGroups { get; }

    public IReadOnlyList<string> ExcludeGroups { get; }

    public IReadOnlyList<string> IncludeRoles { get; }

    public IReadOnlyList<string> ExcludeRoles { get; }

    public bool IncludesGuestsOrExternalUsers { get; }

    /// <summary>How many users, groups and roles are excluded (a break-glass account, typically).</summary>
    public int ExclusionCount => ExcludeUsers.Count + ExcludeGroups.Count + ExcludeRoles.Count;
}

/// <summary><c>grantControls</c> (https://learn.microsoft.com/graph/api/resources/conditionalaccessgrantcontrols).</summary>
internal sealed class PolicyGrantControls
{
    public PolicyGrantControls(string? @operator, IReadOnlyList<string> builtInControls, string? authenticationStrength, IReadOnlyList<string> customAuthenticationFactors, IReadOnlyList<string> termsOfUse)
    {
        Operator = @operator;
        BuiltInControls = builtInControls;
        AuthenticationStrength = authenticationStrength;
        CustomAuthenticationFactors = customAuthenticationFactors;
        TermsOfUse = termsOfUse;
    }

    /// <summary><c>AND</c> or <c>OR</c>.</summary>
    public string? Operator { get; }

    /// <summary><c>block</c>, <c>mfa</c>, <c>compliantDevice</c>, <c>domainJoinedDevice</c>, <c>approvedApplication</c>, <c>compliantApplication</c>, <c>passwordChange</c>, <c>riskRemediation</c>.</summary>
    public IReadOnlyList<string> BuiltInControls { get; }

    /// <summary>The display name (or ID) of a required authentication strength; null when none. Every strength demands more than a password.</summary>
    public string? AuthenticationStrength { get; }

    public IReadOnlyList<string> CustomAuthenticationFactors { get; }

    public IReadOnlyList<string> TermsOfUse { get; }

    public bool Has(string control)
    {
        foreach (var builtIn in BuiltInControls)
        {
            if (string.Equals(builtIn, control, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Multifactor authentication is required: the <c>mfa</c> control or an authentication strength.</summary>
    public bool RequiresMfa => Has("mfa") || AuthenticationStrength is not null;

    public bool Blocks => Has("block");

    /// <summary>The controls a password grant cannot satisfy besides MFA: a managed device or app, or a custom factor.</summary>
    public IReadOnlyList<string> DeviceOrAppControls
    {
        get
        {
            var controls = new List<string>();
            foreach (var name in new[] { "compliantDevice", "domainJoinedDevice", "approvedApplication", "compliantApplication" })
            {
                if (Has(name))
                {
                    controls.Add(name);
                }
            }

            controls.AddRange(CustomAuthenticationFactors);
            return controls;
        }
    }
}
