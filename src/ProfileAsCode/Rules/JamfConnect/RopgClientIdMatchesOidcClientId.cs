using ProfileAsCode.Rules.Parsing;
using static ProfileAsCode.Rules.JamfConnect.JamfConnectKeys;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// PAC1011: "OIDC Client ID and ROPG Client ID both = the application ID of Jamf Connect - OIDC Endpoint"
/// [LJ-CA]; OIDCROPGID "usually matches" OIDCClientID [LJ-INITPW]. A warning: a separate ROPG app is possible.
/// Values that are not GUIDs are PAC1010's; they are not compared.
/// </summary>
internal static class RopgClientIdMatchesOidcClientId
{
    public static void CheckPayload(PayloadFacts payload, List<Finding> findings)
    {
        if (!IsLogin(payload) || !IdentityProviders.IsEntra(StringOf(payload, OidcProvider)))
        {
            return;
        }

        var clientId = StringOf(payload, OidcClientId);
        var ropgKey = payload.Find(OidcRopgId);
        Compare(ropgKey, clientId, OidcClientId, findings);
    }

    /// <summary>The menu bar's IdPSettings.ROPGID against the login window's ROPG (or OIDC) client ID.</summary>
    public static void CheckProfile(ProfileFacts profile, List<Finding> findings)
    {
        var login = profile.Payloads.FirstOrDefault(p => IsLogin(p) && IdentityProviders.IsEntra(StringOf(p, OidcProvider)));
        if (login is null)
        {
            return;
        }

        var expectedKey = Guids.TryNormalize(StringOf(login, OidcRopgId) ?? string.Empty) is not null ? OidcRopgId : OidcClientId;
        foreach (var menuBar in profile.Payloads.Where(p => IsMenuBar(p) && IdentityProviders.IsEntra(StringOf(p, MenuBarProvider))))
        {
            Compare(menuBar.Find(MenuBarRopgId), StringOf(login, expectedKey), expectedKey, findings);
        }
    }

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
