using ProfileAsCode.Rules.Keys;
using ProfileAsCode.Rules.Parsing;
using static ProfileAsCode.Rules.JamfConnect.JamfConnectKeys;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// PAC2009, only when the project names its Jamf Connect version: a provider value that version's documentation
/// does not list (<see cref="JamfConnectVersions"/>), and a key whose first version (<see cref="KeySpec.Since"/>)
/// is later than the project's. For <c>EntraID</c> the certain fix is <c>Azure</c>, which every version lists.
/// </summary>
internal static class TargetVersionReadsSetting
{
    public static void Check(PayloadFacts payload, RuleContext context, List<Finding> findings)
    {
        if (context.JamfConnectVersion is not { } version || (!IsLogin(payload) && !IsMenuBar(payload)))
        {
            return;
        }

        foreach (var key in payload.Keys)
        {
            if (IsProviderKey(key.KeyPath) && key.Value.AsString is { } provider && IdentityProviders.IsAnyOf(provider, JamfConnectVersions.LaterProviders)
                && JamfConnectVersions.AtMost(version, JamfConnectVersions.LastWithoutLaterProviders))
            {
                var isEntra = IdentityProviders.Is(provider, IdentityProviders.EntraId);
                findings.Add(new Finding(
                    RuleCatalog.NotReadByTargetVersion,
                    $"{key.KeyPath} is '{provider}', but the project targets Jamf Connect {version}, whose documentation (2.15 and earlier) lists only Azure, IBMCI, GoogleID, OneLogin, Okta, PingFederate and Custom: that version does not recognise the provider and cannot sign anyone in.{(isEntra ? " Write 'Azure', the same provider under the name every version reads." : " Update the Macs, or use a provider that version lists.")}",
                    key.KeyPath,
                    key.Origin,
                    isEntra ? IdentityProviders.Azure : null,
                    isEntra ? FindingProperties.Replace(key.KeyPath, IdentityProviders.Azure) : null));
            }

            if (JamfConnectKeyTable.Instance.Find(payload.Domain, key.KeyPath) is { Since: { } since } spec
                && JamfConnectVersions.Parse(since) is { } first && version < first)
            {
                findings.Add(new Finding(
                    RuleCatalog.NotReadByTargetVersion,
                    $"{key.KeyPath} is read from Jamf Connect {since} on ({spec.Documentation}), but the project targets {version}, which ignores it. Remove it, or update the Macs first.",
                    key.KeyPath,
                    key.Origin));
            }
        }
    }

    private static bool IsProviderKey(string keyPath) => keyPath is OidcProvider or MenuBarProvider or AuthUiOidcProvider;
}
