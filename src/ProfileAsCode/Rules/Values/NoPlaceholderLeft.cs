using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Values;

/// <summary>
/// PAC1021: guide text copied and never filled in, e.g. <c>api://[APPLICATION ID]/jamfconnect</c> from
/// [LJ-CA]. Runs for every value with a value rule; the value's other rules then stay silent, so one
/// literal gets one finding. Jamf's fake GUIDs are not placeholders but not-a-GUID (PAC1001/PAC1010).
/// </summary>
internal static class NoPlaceholderLeft
{
    /// <summary>Reports a placeholder and returns true when one was found.</summary>
    public static bool Check(KeyCheck check, List<Finding> findings)
    {
        var placeholder = Placeholders.Find(check.Text);
        if (placeholder is null)
        {
            return false;
        }

        var shown = check.Rule.Kind == ValueRuleKind.Secret ? string.Empty : " '" + check.Text + "'";
        findings.Add(check.Report(
            RuleCatalog.PlaceholderLeft,
            $"{check.KeyPath}{shown} still contains the placeholder '{placeholder}'. Jamf Connect would send it to the identity provider as is, which rejects it (for Entra AADSTS90002, AADSTS700016 or AADSTS70011), so sign-in fails. {WhatToWrite(check.Rule.Kind)}"));
        return true;
    }

    private static string WhatToWrite(ValueRuleKind kind) => kind switch
    {
        ValueRuleKind.EntraTenantId => "Write your tenant's GUID (Entra admin center → Entra ID → Overview → Tenant ID).",
        ValueRuleKind.EntraClientId => "Write the app's Application (client) ID GUID (Entra admin center → App registrations).",
        ValueRuleKind.ScopeList => "Put the real value in place of the placeholder, e.g. the API app's Application ID in 'api://<API application ID>/jamfconnect'.",
        _ => "Put the real value in place of the placeholder.",
    };
}
