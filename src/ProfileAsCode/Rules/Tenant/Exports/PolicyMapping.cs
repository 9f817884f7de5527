using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant.Exports;

/// <summary>
/// A <c>conditionalAccessPolicy</c> (https://learn.microsoft.com/graph/api/resources/conditionalaccesspolicy,
/// …/conditionalaccessconditionset, …/conditionalaccessapplications, …/conditionalaccessusers,
/// …/conditionalaccessgrantcontrols) into <see cref="ConditionalAccessPolicy"/>. A policy state that is
/// no string (an enum number from ConvertTo-Json) reads as unknown.
/// </summary>
internal static class PolicyMapping
{
    public static ConditionalAccessPolicy Read(JsonObject item, ExportFields fields)
    {
        var conditions = fields.Object(item, "conditions");
        var grant = fields.Object(item, "grantControls");
        return new ConditionalAccessPolicy(
            fields.Id(item, "id"),
            fields.String(item, "displayName"),
            fields.String(item, "state"),
            conditions is null ? null : Conditions(conditions, fields),
            grant is null ? null : GrantControls(grant, fields));
    }

    private static PolicyConditions Conditions(JsonObject conditions, ExportFields fields)
    {
        var applications = fields.Object(conditions, "applications");
        var users = fields.Object(conditions, "users");
        return new PolicyConditions(
            applications is null ? null : Applications(applications, fields),
            users is null ? null : Users(users, fields),
            fields.Strings(conditions, "clientAppTypes"))
        {
            UndecidableConditions = SetConditions(conditions, fields, "locations", "platforms", "devices", "signInRiskLevels", "userRiskLevels", "insiderRiskLevels"),
            ExcludingConditions = SetConditions(conditions, fields, "authenticationFlows", "clientApplications", "servicePrincipalRiskLevels"),
        };
    }

    private static PolicyApplications Applications(JsonObject applications, ExportFields fields) => new(
        fields.Ids(applications, "includeApplications") ?? Array.Empty<string>(),
        fields.Ids(applications, "excludeApplications") ?? Array.Empty<string>(),
        fields.Object(applications, "applicationFilter") is not null,
        fields.Strings(applications, "includeUserActions") is { Count: > 0 } || fields.Strings(applications, "includeAuthenticationContextClassReferences") is { Count: > 0 });

    private static PolicyUsers Users(JsonObject users, ExportFields fields) => new(
        fields.Ids(users, "includeUsers") ?? Array.Empty<string>(),
        fields.Ids(users, "excludeUsers") ?? Array.Empty<string>(),
        fields.Ids(users, "includeGroups") ?? Array.Empty<string>(),
        fields.Ids(users, "excludeGroups") ?? Array.Empty<string>(),
        fields.Ids(users, "includeRoles") ?? Array.Empty<string>(),
        fields.Ids(users, "excludeRoles") ?? Array.Empty<string>(),
        fields.Object(users, "includeGuestsOrExternalUsers") is not null);

    private static PolicyGrantControls GrantControls(JsonObject grant, ExportFields fields)
    {
        var strength = fields.Object(grant, "authenticationStrength");
        return new PolicyGrantControls(
            fields.String(grant, "operator"),
            fields.Strings(grant, "builtInControls") ?? Array.Empty<string>(),
            strength is null ? null : fields.String(strength, "displayName") ?? fields.String(strength, "id") ?? "an authentication strength",
            fields.Strings(grant, "customAuthenticationFactors") ?? Array.Empty<string>(),
            fields.Strings(grant, "termsOfUse") ?? Array.Empty<string>());
    }

    // A condition is set when it holds anything but null or an empty list (Graph writes unset ones as null or []).
    private static IReadOnlyList<string> SetConditions(JsonObject conditions, ExportFields fields, params string[] names)
    {
        var set = new List<string>();
        foreach (var name in names)
        {
            var value = ExportFields.Get(conditions, name);
            var isSet = value switch
            {
                null => false,
                JsonArray array => array.Items.Count > 0,
                JsonObject => true,
                JsonString text => text.Value.Length > 0,
                _ => false,
            };
            if (isSet)
            {
                set.Add(name);
            }
        }

        return set;
    }
}
