namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5012: no enabled policy that blocks, or demands a compliant or hybrid-joined device, an approved or
/// compliant app, or a custom control, reaches the ROPG request. The password grant can meet none of
/// these: AADSTS53003 (blocked), AADSTS53000 (compliant device), AADSTS53001 (domain-joined device),
/// AADSTS50158 (external challenge) (https://learn.microsoft.com/entra/identity-platform/reference-error-codes),
/// and Jamf warns that such policies can lock users out of their Macs.
/// </summary>
internal static class NoBlockOrDevicePolicyOnRopg
{
    public static void Check(TenantCheck check)
    {
        PoliciesOnRopg.Check(check, RuleCatalog.BlockPolicyCoversRopg, grant => grant.Blocks || (!grant.RequiresMfa && grant.DeviceOrAppControls.Count > 0), (policy, api, reach) =>
        {
            var grant = policy.GrantControls!;
            var what = grant.Blocks
                ? "blocks access, which Entra reports as AADSTS53003"
                : "requires " + string.Join(grant.Operator is { } op && op.Equals("AND", StringComparison.OrdinalIgnoreCase) ? " and " : " or ", grant.DeviceOrAppControls.Select(c => TenantText.Name(c))) + ", which a password grant cannot show (AADSTS53000 compliant device, AADSTS53001 domain-joined device, AADSTS50158 custom control)";
            check.Report(
                RuleCatalog.BlockPolicyCoversRopg,
                api.Key,
                $"Conditional Access policy {TenantText.Policy(policy)} is enabled, covers {reach.Detail}, does not exclude {api.Describe()} (the resource of {api.Key.KeyPath}), and {what}. Every ROPG password check fails, and users can be locked out of their Macs. Fix: {PoliciesOnRopg.ExcludeFix(policy, api)}.");
        });
    }
}
