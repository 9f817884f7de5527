using ProfileAsCode.Rules.Parsing;
using static ProfileAsCode.Rules.JamfConnect.JamfConnectKeys;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// PAC2001 across a profile: since Jamf Connect 2.13 Entra needs "organization-specific tenant information",
/// OIDC Tenant (login window) or Tenant (menu bar); leaving both blank is a missing required field
/// (Jamf Connect 2.13, "Integrating with Microsoft Azure AD"). Jamf's own Azure sample lacks it (github.com/jamf/jamfconnect, configurations/v2.X/Azure AD).
/// </summary>
internal static class EntraNeedsTenant
{
    public static void Check(ProfileFacts profile, List<Finding> findings)
    {
        KeyFact? entraProvider = null;
        PayloadFacts? entraPayload = null;
        foreach (var payload in profile.Payloads)
        {
            var providerKey = ProviderKeyOf(payload);
            if (providerKey is null)
            {
                continue;
            }

            var provider = payload.Find(providerKey);
            if (provider is not null && entraProvider is null && IdentityProviders.IsEntra(provider.Value.AsString))
            {
                entraProvider = provider;
                entraPayload = payload;
            }

            if (payload.Find(IsLogin(payload) ? OidcTenant : MenuBarTenantId) is not null)
            {
                return;
            }
        }

        if (entraProvider is null || entraPayload is null)
        {
            return;
        }

        var tenantKey = IsLogin(entraPayload) ? OidcTenant : MenuBarTenantId;
        findings.Add(new Finding(
            RuleCatalog.RequiredKeyMissing,
            $"{entraProvider.KeyPath} is '{entraProvider.Value.AsString}' but neither OIDCTenant (login window) nor IdPSettings.TenantID (menu bar) is set. Since Jamf Connect 2.13 Entra needs the tenant; without it requests go to /common, where Entra refuses the ROPG password check (AADSTS9001023) and Jamf's single-tenant apps (AADSTS50194). Set {tenantKey} to your tenant's GUID (Entra admin center → Entra ID → Overview → Tenant ID).",
            tenantKey,
            entraProvider.Origin ?? entraPayload.Origin,
            properties: FindingProperties.Set(tenantKey, otherKey: entraProvider.KeyPath)));
    }
}
