using ProfileAsCode.Rules.Values;

namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1004: ROPC "may be set to organizations" (Microsoft, "Microsoft identity platform and OAuth 2.0 Resource Owner Password Credentials"), but Jamf's apps are single-tenant (Jamf,
/// "Creating an Application Registration with a Custom API" and "… with a Custom Scope") and Jamf asks for the GUID (Jamf, "Creating a Jamf Connect Configuration with Conditional Access"). Whether it works is UNCERTAIN: a warning.
/// </summary>
internal static class TenantNotOrganizations
{
    public static void Check(KeyCheck check, TenantForm form, List<Finding> findings)
    {
        if (form != TenantForm.Organizations)
        {
            return;
        }

        findings.Add(check.Report(
            RuleCatalog.TenantIsOrganizations,
            $"{check.KeyPath} is '{check.Text}'. Entra allows it for ROPG, but Jamf's app registrations are single-tenant (\"Accounts in this organizational directory only\") and Jamf requires the tenant's GUID; a single-tenant app reached outside its tenant fails with AADSTS50194 or AADSTS700016. Write your tenant's GUID."));
    }
}
