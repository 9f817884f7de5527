using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Entra;

/// <summary>How an Entra tenant is written. PAC1001–PAC1004 each report one form, so a value gets one finding.</summary>
internal enum TenantForm
{
    Guid,
    CommonOrConsumers,
    Organizations,
    DomainName,
    NotGuid,
}

internal static class TenantForms
{
    public static TenantForm Classify(string text)
    {
        var trimmed = text.Trim();
        if (string.Equals(trimmed, "common", StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, "consumers", StringComparison.OrdinalIgnoreCase))
        {
            return TenantForm.CommonOrConsumers;
        }

        if (string.Equals(trimmed, "organizations", StringComparison.OrdinalIgnoreCase))
        {
            return TenantForm.Organizations;
        }

        if (AppIdUri.IsDomainName(trimmed, minimumLabels: 2) && trimmed == text)
        {
            return TenantForm.DomainName;
        }

        return GuidForms.Classify(text) == GuidForm.Guid ? TenantForm.Guid : TenantForm.NotGuid;
    }
}
