using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Values;

/// <summary>
/// PAC1021: guide text copied and never filled in, e.g. <c>api://[APPLICATION ID]/jamfconnect</c> from Jamf's
/// "Creating a Jamf Connect Configuration with Conditional Access". Runs first for every value with a value rule,
/// whatever the rule (a client ID written <c>&lt;Application (client) ID …&gt;</c> is a placeholder, not a
/// malformed GUID); the value's other rules then stay silent, so one literal gets one finding. Any other string
/// value is reported when it is a placeholder as a whole (<see cref="Placeholders.WholeValue"/>). Jamf's fake
/// GUIDs are not placeholders but not-a-GUID (PAC1001/PAC1010).
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

    /// <summary>A string value without value rules that is a placeholder as a whole.</summary>
    public static void CheckWholeValue(KeyFact key, List<Finding> findings)
    {
        if (key.Value.AsString is not { } text || Placeholders.WholeValue(text) is not { } placeholder)
        {
            return;
        }

        findings.Add(new Finding(
            RuleCatalog.PlaceholderLeft,
            $"{key.KeyPath} is the placeholder '{placeholder}'. The app reading the profile would use it as is, so the setting does not work. Put the real value in its place.",
            key.KeyPath,
            key.Origin));
    }

    private static string WhatToWrite(ValueRuleKind kind) => kind switch
    {
        ValueRuleKind.EntraTenantId => "Write your tenant's GUID (Entra admin center → Entra ID → Overview → Tenant ID).",
        ValueRuleKind.EntraClientId => "Write the app's Application (client) ID GUID (Entra admin center → App registrations).",
        ValueRuleKind.ScopeList => "Put the real value in place of the placeholder, e.g. the API app's Application ID in 'api://<API application ID>/jamfconnect'.",
        _ => "Put the real value in place of the placeholder.",
    };
}
