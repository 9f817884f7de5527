using ProfileAsCode.Rules.Parsing;
using static ProfileAsCode.Rules.JamfConnect.JamfConnectKeys;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// PAC2001 within one payload: Custom/PingFederate ⇒ discovery URL [LJ-LWAUTH], [LJ-MB]; ROPGProvider Custom ⇒
/// ROPGDiscoveryURL [LJ-HYBRID]; menu bar: Provider is required, OpenID Connect providers ⇒ IdPSettings.ROPGID,
/// Okta ⇒ OktaAuthServer [LJ-MB]; login window Okta ⇒ AuthServer [LJ-LWAUTH]. Reference §4 #16, §7.8.
/// The Entra tenant spans payloads: <see cref="EntraNeedsTenant"/>.
/// </summary>
internal static class RequiredKeysPresent
{
    private static readonly string[] DiscoveryProviders = { IdentityProviders.Custom, IdentityProviders.PingFederate };

    // "Required for OpenID Connect IdPs" [LJ-MB]; Okta (Authentication API) and Google (no menu bar) are not.
    private static readonly string[] OpenIdConnectProviders =
    {
        IdentityProviders.EntraId, IdentityProviders.Azure, IdentityProviders.OneLogin, IdentityProviders.PingFederate,
        IdentityProviders.Custom, IdentityProviders.IbmCi, IdentityProviders.OktaOidc,
    };

    private static readonly string[] MenuBarOktaProviders = { IdentityProviders.Okta, IdentityProviders.OktaIdentityEngine };

    public static void Check(PayloadFacts payload, List<Finding> findings)
    {
        if (IsLogin(payload))
        {
            Require(payload, OidcProvider, DiscoveryProviders, OidcDiscoveryUrl, "Jamf Connect has no built-in endpoints for it and cannot start sign-in. Set it to the provider's 'https://…/.well-known/openid-configuration'.", findings);
            Require(payload, OidcProvider, new[] { IdentityProviders.Okta }, AuthServer, "the login window cannot reach Okta's Authentication API. Set it to your Okta domain, e.g. 'yourcompany.okta.com'.", findings);
            Require(payload, RopgProvider, new[] { IdentityProviders.Custom }, RopgDiscoveryUrl, "Jamf Connect cannot find the AD FS token endpoint and every password check fails. Set it to 'https://<AD FS host>/adfs/.well-known/openid-configuration'.", findings);
        }
        else if (IsMenuBar(payload))
        {
            RequireMenuBarProvider(payload, findings);
            Require(payload, MenuBarProvider, DiscoveryProviders, MenuBarDiscoveryUrl, "the menu bar has no endpoints for it and cannot check passwords. Set it to the provider's 'https://…/.well-known/openid-configuration'.", findings);
            Require(payload, MenuBarProvider, OpenIdConnectProviders, MenuBarRopgId, "the menu bar (Self Service+) cannot verify passwords with ROPG. Set it to the OIDC app's client ID (for Entra the \"Jamf Connect - OIDC Endpoint\" app, same as the login window's OIDCROPGID).", findings);
            Require(payload, MenuBarProvider, MenuBarOktaProviders, MenuBarOktaAuthServer, "the menu bar cannot reach Okta. Set it to your Okta domain, e.g. 'yourcompany.okta.com'.", findings);
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
            properties: new Dictionary<string, string?> { [FindingProperties.Fix] = FindingProperties.SetKey, [FindingProperties.Key] = requiredKey, [FindingProperties.OtherKey] = providerKey }));
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
            properties: new Dictionary<string, string?> { [FindingProperties.Fix] = FindingProperties.SetKey, [FindingProperties.Key] = MenuBarProvider }));
    }
}
