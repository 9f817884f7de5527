using ProfileAsCode.Rules.Parsing;
using ProfileAsCode.Rules.Values;

namespace ProfileAsCode.Rules.Entra;

/// <summary>PAC1001: an Entra tenant ID is a GUID. (Microsoft, "Restrictions on identifier URIs of Microsoft Entra applications"; Jamf, "Creating a Jamf Connect Configuration with Conditional Access") "the UUID of your Entra ID tenant"</summary>
internal static class TenantMustBeGuid
{
    public static void Check(KeyCheck check, TenantForm form, List<Finding> findings)
    {
        if (form != TenantForm.NotGuid)
        {
            return;
        }

        var guidForm = GuidForms.Classify(check.Text);
        var replacement = GuidForms.CertainFix(check.Text, guidForm);
        var fix = replacement is null
            ? "Copy the Tenant ID from Entra admin center → Entra ID → Overview."
            : "Write '" + replacement + "'.";
        findings.Add(check.Report(
            RuleCatalog.TenantNotGuid,
            $"{check.KeyPath}: {GuidForms.Describe(check.Text, guidForm)}. Jamf Connect puts the tenant into the sign-in URL, where Entra finds no such tenant (AADSTS90002) and sign-in and the ROPG password check fail. {fix}",
            replacement));
    }
}
