using ProfileAsCode.Rules.Parsing;
using static ProfileAsCode.Rules.JamfConnect.JamfConnectKeys;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// PAC2004: OIDCAdminAttribute is the ID-token claim, default <c>groups</c>, "For Entra set roles"; OIDCAdmin
/// lists the role values (Jamf, "OpenID Connect User Role Settings"). Jamf's Keycloak sample swaps the two (github.com/jamf/jamfconnect, configurations/v2.X/Keycloak).
/// A swap is reported for any provider, once; the Entra attribute check only when nothing is swapped.
/// </summary>
internal static class AdminRolesMatchEntra
{
    private static readonly string[] ClaimNames = { "roles", "groups", "role", "group" };

    public static void Check(PayloadFacts payload, List<Finding> findings)
    {
        if (!IsLogin(payload))
        {
            return;
        }

        var admin = payload.Find(OidcAdmin);
        var attribute = payload.Find(OidcAdminAttribute);
        var adminValues = (admin?.Value.Value as IReadOnlyList<FactValue>)?.Select(v => v.AsString).ToList();
        var attributeValue = attribute?.Value.AsString;

        var claimInAdmin = adminValues?.FirstOrDefault(v => IsClaimName(v));
        if (admin is not null && claimInAdmin is not null && attributeValue is not null && !IsClaimName(attributeValue))
        {
            findings.Add(new Finding(
                RuleCatalog.AdminRolesMisconfigured,
                $"OIDCAdmin contains the claim name '{claimInAdmin}' while OIDCAdminAttribute is '{attributeValue}': the two look swapped. OIDCAdminAttribute names the ID-token claim ('roles' for Entra), OIDCAdmin the role values that make a user admin; as written nobody matches and every user is created as a standard user. Swap the two values.",
                admin.KeyPath,
                admin.Origin,
                properties: FindingProperties.Swap(OidcAdmin, OidcAdminAttribute)));
            return;
        }

        if (!IdentityProviders.IsEntra(StringOf(payload, OidcProvider)) || (attribute is not null && attributeValue is null))
        {
            return;
        }

        if (admin is not null && !string.Equals(attributeValue, "roles", StringComparison.Ordinal))
        {
            var attributeText = attribute is null ? "is not set, so Jamf Connect reads the default claim 'groups'" : $"is '{attributeValue}'";
            findings.Add(new Finding(
                RuleCatalog.AdminRolesMisconfigured,
                $"The provider is Entra ID and OIDCAdmin is set, but OIDCAdminAttribute {attributeText}. Entra puts app roles in the 'roles' claim, so no user matches OIDCAdmin and admins are created as standard users. Set OIDCAdminAttribute to 'roles'.",
                OidcAdminAttribute,
                attribute?.Origin ?? admin.Origin,
                attribute is null ? null : "roles",
                attribute is null ? FindingProperties.Set(OidcAdminAttribute, "roles") : FindingProperties.Replace(OidcAdminAttribute, "roles")));
        }
        else if (attribute is not null && (admin is null || adminValues?.Count == 0))
        {
            findings.Add(new Finding(
                RuleCatalog.AdminRolesMisconfigured,
                $"OIDCAdminAttribute is '{attributeValue}' but OIDCAdmin lists no role, so no user becomes an administrator. Add the app role's Value (not its display name) to OIDCAdmin, e.g. [\"Admin\"].",
                OidcAdmin,
                admin?.Origin ?? attribute.Origin));
        }
    }

    private static bool IsClaimName(string? value) => ClaimNames.Any(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
}
