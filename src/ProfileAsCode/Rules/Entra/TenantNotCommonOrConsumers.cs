using ProfileAsCode.Rules.Values;

namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1003: ROPC "can't be set to common or consumers" (Microsoft, "Microsoft identity platform and OAuth 2.0 Resource Owner Password Credentials") (AADSTS9001023 (Microsoft, "Microsoft Entra authentication and authorization error codes")); a single-tenant
/// app on /common gives AADSTS50194 (Microsoft, "Microsoft Entra authentication and authorization error codes").1.
/// </summary>
internal static class TenantNotCommonOrConsumers
{
    public static void Check(KeyCheck check, TenantForm form, List<Finding> findings)
    {
        if (form != TenantForm.CommonOrConsumers)
        {
            return;
        }

        findings.Add(check.Report(
            RuleCatalog.TenantIsCommonOrConsumers,
            $"{check.KeyPath} is '{check.Text}', which is not a tenant. Entra refuses the ROPG password check on /common and /consumers (AADSTS9001023), and Jamf's single-tenant app registrations refuse /common (AADSTS50194). Write your tenant's GUID (Entra admin center → Entra ID → Overview → Tenant ID)."));
    }
}
