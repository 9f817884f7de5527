using ProfileAsCode.Rules.Values;

namespace ProfileAsCode.Rules.Entra;

/// <summary>PAC1002: Microsoft accepts a verified domain name as tenant (Microsoft, "Application configuration options"), Jamf asks for the GUID (Jamf, "Creating a Jamf Connect Configuration with Conditional Access").</summary>
internal static class TenantNotDomainName
{
    public static void Check(KeyCheck check, TenantForm form, List<Finding> findings)
    {
        if (form != TenantForm.DomainName)
        {
            return;
        }

        findings.Add(check.Report(
            RuleCatalog.TenantIsDomainName,
            $"{check.KeyPath} is the domain name '{check.Text}'. Entra resolves verified domains, but Jamf's configuration requires the tenant's GUID, and a domain that is not verified in the tenant fails with AADSTS90002 (tenant not found). Write the Tenant ID GUID from Entra admin center → Entra ID → Overview."));
    }
}
