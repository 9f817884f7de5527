using ProfileAsCode.Rules.Parsing;
using static ProfileAsCode.Rules.JamfConnect.JamfConnectKeys;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// PAC1011: with Entra ID for both sign-in and password check, Jamf's Conditional Access guide has the ROPG
/// Client ID filled in from the Identity Provider tab's Client ID ("Creating a Jamf Connect Configuration
/// with Conditional Access"), and OIDCROPGID "usually matches the OIDCClientID setting" ("Initial Password
/// Settings"). A warning: a separate ROPG app is possible. Not when the password check goes to AD FS
/// (ROPGProvider Custom): there OIDCROPGID is "the client ID of your Jamf Connect AD FS application" and
/// differs by design ("Configuring Jamf Connect with AD FS"). Values that are not GUIDs are PAC1010's.
/// </summary>
internal static class RopgClientIdMatchesOidcClientId
{
    public static void CheckPayload(PayloadFacts payload, List<Finding> findings)
    {
        if (!IsLogin(payload) || !IdentityProviders.IsEntra(StringOf(payload, OidcProvider)) || !PasswordCheckGoesToEntra(payload))
        {
            return;
        }

        var clientId = StringOf(payload, OidcClientId);
        var ropgKey = payload.Find(OidcRopgId);
        Compare(ropgKey, clientId, OidcClientId, findings);
    }

    /// <summary>The menu bar's IdPSettings.ROPGID against the login window's OIDC client ID (or its ROPG ID).</summary>
    public static void CheckProfile(ProfileFacts profile, List<Finding> findings)
    {
        var login = profile.Payloads.FirstOrDefault(p => IsLogin(p) && IdentityProviders.IsEntra(StringOf(p, OidcProvider)));
        if (login is null)
        {
            return;
        }

        // Against the OIDC client: if the login window's own ROPG ID is off, that is reported once, there.
        // Without an OIDC client ID, the login window's ROPG ID stands in only when it is an Entra app too.
        var expectedKey = login.Find(OidcClientId) is not null ? OidcClientId : OidcRopgId;
        if (expectedKey == OidcRopgId && !PasswordCheckGoesToEntra(login))
        {
            return;
        }

        foreach (var menuBar in profile.Payloads.Where(p => IsMenuBar(p) && IdentityProviders.IsEntra(StringOf(p, MenuBarProvider))))
        {
            Compare(menuBar.Find(MenuBarRopgId), StringOf(login, expectedKey), expectedKey, findings);
        }
    }

    // ROPGProvider unset (the sign-in provider's endpoint) or Azure_v2; Custom is AD FS, an unknown value is not judged.
    private static bool PasswordCheckGoesToEntra(PayloadFacts login) =>
        login.Find(RopgProvider) is not { } ropgProvider || IdentityProviders.IsEntra(ropgProvider.Value.AsString);

    private static void Compare(KeyFact? ropgKey, string? expected, string expectedKey, List<Finding> findings)
    {
        var ropg = ropgKey?.Value.AsString;
        if (ropgKey is null || ropg is null || expected is null)
        {
            return;
        }

        var ropgGuid = Guids.TryNormalize(ropg);
        var expectedGuid = Guids.TryNormalize(expected);
        if (ropgGuid is null || expectedGuid is null || ropgGuid == expectedGuid)
        {
            return;
        }

        var replacement = Guids.IsCanonical(expected) ? expected : expectedGuid;
        findings.Add(new Finding(
            RuleCatalog.RopgClientIdDiffers,
            $"{ropgKey.KeyPath} '{ropg}' differs from {expectedKey} '{expected}'. Jamf's guide uses the \"Jamf Connect - OIDC Endpoint\" app for both; another app (often the API app's ID by mistake) is not found or has no public client flow enabled, and the ROPG password check fails (AADSTS700016, AADSTS7000218). Write '{replacement}', unless you registered a separate ROPG app on purpose.",
            ropgKey.KeyPath,
            ropgKey.Origin,
            replacement,
            FindingProperties.Replace(ropgKey.KeyPath, replacement)));
    }
}
