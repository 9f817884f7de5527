using ProfileAsCode.Rules.Values;

namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1003: ROPC "can't be set to common or consumers" [MS-ROPC] (AADSTS9001023 [MS-ERR]); a single-tenant
/// app on /common gives AADSTS50194 [MS-ERR]. Reference §0.6, §3.1.
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
