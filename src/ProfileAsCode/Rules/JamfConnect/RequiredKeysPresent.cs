using ProfileAsCode.Rules.Parsing;
using static ProfileAsCode.Rules.JamfConnect.JamfConnectKeys;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// PAC2001 within one payload: Custom/PingFederate ⇒ discovery URL (Jamf, "Login Window Authentication Settings"; Jamf, "Self Service+ Authentication Settings"); ROPGProvider Custom ⇒
/// ROPGDiscoveryURL (Jamf, "Microsoft Entra ID Hybrid ID Settings"); menu bar: Provider is required, OpenID Connect providers ⇒ IdPSettings.ROPGID,
/// Okta ⇒ OktaAuthServer (Jamf, "Self Service+ Authentication Settings"); login window Okta ⇒ AuthServer (Jamf, "Login Window Authentication Settings").8.
/// The Entra tenant spans payloads: <see cref="EntraNeedsTenant"/>.
/// </summary>
internal static class RequiredKeysPresent
{
    private static readonly string[] DiscoveryProviders = { IdentityProviders.Custom, IdentityProviders.PingFederate };

    // "Required for OpenID Connect IdPs" (Jamf, "Self Service+ Authentication Settings"); Okta (Authentication API) and Google (no menu bar) are not.
    private static readonly string[] OpenIdConnectProviders =
    {
        IdentityProviders.EntraId, IdentityProviders.Azure, IdentityProviders.OneLogin, IdentityProviders.PingFederate,
        IdentityProviders.Custom, IdentityProviders.IbmCi, IdentityProviders.OktaOidc,
    };

    private static readonly string[] MenuBarOktaProviders = { IdentityProviders.Okta, IdentityProviders.OktaIdentityEngine };

    // The providers of Jamf's minimum-settings table that list Client ID for the login window.
    private static readonly string[] LoginClientIdProviders =
    {
        IdentityProviders.EntraId, IdentityProviders.Azure, IdentityProviders.GoogleId, IdentityProviders.IbmCi,
        IdentityProviders.OneLogin, IdentityProviders.PingFederate, IdentityProviders.Custom,
    };

    private static readonly string[] TenantProviders = { IdentityProviders.IbmCi, IdentityProviders.OneLogin };

    public static void Check(PayloadFacts payload, List<Finding> findings)
    {
        if (IsLogin(payload))
        {
            Require(payload, OidcProvider, DiscoveryProviders, OidcDiscoveryUrl, "Jamf Connect has no built-in endpoints for it and cannot start sign-in. Set it to the provider's 'https://…/.well-known/openid-configuration'.", findings);
            Require(payload, OidcProvider, new[] { IdentityProviders.Okta }, AuthServer, "the login window cannot reach Okta's Authentication API. Set it to your Okta domain, e.g. 'yourcompany.okta.com'.", findings);
            Require(payload, RopgProvider, new[] { IdentityProviders.Custom }, RopgDiscoveryUrl, "Jamf Connect cannot find the AD FS token endpoint and every password check fails. Set it to 'https://<AD FS host>/adfs/.well-known/openid-configuration'.", findings);
            Require(payload, OidcProvider, LoginClientIdProviders, OidcClientId, "the login window has no app to sign in with, so no one can sign in. Set it to the client ID of the Jamf Connect app in your identity provider (for Entra ID the \"Jamf Connect - OIDC Endpoint\" app's Application (client) ID).", findings);
            Require(payload, OidcProvider, new[] { IdentityProviders.GoogleId }, OidcClientSecret, "Google's sign-in needs the app's client secret; Jamf lists it among the minimum settings for Google. Set it, read from the environment when building.", findings);
            Require(payload, OidcProvider, TenantProviders, OidcTenant, "Jamf Connect builds the provider's discovery URL from the tenant and cannot start sign-in without it. Set it to your tenant name (IBM Security Verify: the name in your IBM URL; OneLogin: your subdomain).", findings);
            Require(payload, OidcProvider, new[] { IdentityProviders.Custom }, OidcRedirectUri, "a Custom provider needs the redirect URI registered for the app; Jamf lists it among the minimum settings. Set it, e.g. 'https://127.0.0.1/jamfconnect', and register the same value with the provider.", findings);
        }
        else if (IsMenuBar(payload))
        {
            RequireMenuBarProvider(payload, findings);
            Require(payload, MenuBarProvider, DiscoveryProviders, MenuBarDiscoveryUrl, "the menu bar has no endpoints for it and cannot check passwords. Set it to the provider's 'https://…/.well-known/openid-configuration'.", findings);
            Require(payload, MenuBarProvider, OpenIdConnectProviders, MenuBarRopgId, "the menu bar (Self Service+) cannot verify passwords with ROPG. Set it to the OIDC app's client ID (for Entra the \"Jamf Connect - OIDC Endpoint\" app, same as the login window's OIDCROPGID).", findings);
            Require(payload, MenuBarProvider, MenuBarOktaProviders, MenuBarOktaAuthServer, "the menu bar cannot reach Okta. Set it to your Okta domain, e.g. 'yourcompany.okta.com'.", findings);
            Require(payload, MenuBarProvider, new[] { IdentityProviders.IbmCi }, MenuBarTenantId, "for IBM Security Verify the tenant is required: it is the name in your IBM URL (https://<name>.ibmcloud.com).", findings);
        }
    }

    private static void Require(PayloadFacts payload, string providerKey, string[] providers, string requiredKey, string consequence, List<Finding> findings)
    {
        var provider = payload.Find(providerKey);
        var value = provider?.Value.AsString;
        if (provider is null || value is null || !IdentityProviders.IsAnyOf(value, providers) || payload.Find(requiredKey) is not null)
        {
            return;
        }

        findings.Add(new Finding(
            RuleCatalog.RequiredKeyMissing,
            $"{providerKey} is '{value}' but {requiredKey} is not set: {consequence}",
            requiredKey,
            provider.Origin ?? payload.Origin,
            properties: FindingProperties.Set(requiredKey, otherKey: providerKey)));
    }

    private static void RequireMenuBarProvider(PayloadFacts payload, List<Finding> findings)
    {
        var firstSetting = payload.Keys.FirstOrDefault(k => k.KeyPath.StartsWith(MenuBarSettingsPrefix, StringComparison.Ordinal));
        if (firstSetting is null || payload.Find(MenuBarProvider) is not null)
        {
            return;
        }

        findings.Add(new Finding(
            RuleCatalog.RequiredKeyMissing,
            $"IdPSettings has settings ({firstSetting.KeyPath}) but no Provider: the menu bar (Self Service+) does not know which identity provider to ask and signs no one in. Set IdPSettings.Provider, e.g. 'EntraID'.",
            MenuBarProvider,
            firstSetting.Origin ?? payload.Origin,
            properties: FindingProperties.Set(MenuBarProvider)));
    }
}
