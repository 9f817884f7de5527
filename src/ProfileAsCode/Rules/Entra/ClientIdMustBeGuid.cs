using ProfileAsCode.Rules.Parsing;
using ProfileAsCode.Rules.Values;

namespace ProfileAsCode.Rules.Entra;

/// <summary>PAC1010: an Entra application (client) ID is a GUID (Microsoft .NET API reference, "AuthenticationProviderProperties.ClientId")</summary>
internal static class ClientIdMustBeGuid
{
    public static void Check(KeyCheck check, List<Finding> findings)
    {
        var form = GuidForms.Classify(check.Text);
        if (form == GuidForm.Guid)
        {
            return;
        }

        var replacement = GuidForms.CertainFix(check.Text, form);
        var fix = replacement is null
            ? "Copy the Application (client) ID of the \"Jamf Connect - OIDC Endpoint\" app from Entra admin center → App registrations."
            : "Write '" + replacement + "'.";
        findings.Add(check.Report(
            RuleCatalog.ClientIdNotGuid,
            $"{check.KeyPath}: {GuidForms.Describe(check.Text, form)}. Entra finds no application with this ID (AADSTS700016), so sign-in and the ROPG password check fail. {fix}",
            replacement));
    }
}
