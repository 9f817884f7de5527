using ProfileAsCode.Rules.Parsing;
using static ProfileAsCode.Rules.JamfConnect.JamfConnectKeys;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// PAC2003: passthrough authentication needs OIDCNewPassword false or unset for Azure, OneLogin and
/// PingFederate (Jamf Connect 2.15, "Passthrough Authentication"); CreateJamfConnectPassword "Requires OIDCNewPassword = false" (Jamf, "Initial Password Settings").
///8. Reported on OIDCNewPassword, the key the fix changes.
/// </summary>
internal static class PasswordSettingsDoNotConflict
{
    private static readonly string[] PassthroughProviders =
    {
        IdentityProviders.EntraId, IdentityProviders.Azure, IdentityProviders.OneLogin, IdentityProviders.PingFederate,
    };

    public static void Check(PayloadFacts payload, List<Finding> findings)
    {
        var newPassword = payload.Find(OidcNewPassword);
        if (!IsLogin(payload) || newPassword is null || BoolOf(payload, OidcNewPassword) != true)
        {
            return;
        }

        var provider = StringOf(payload, OidcProvider);
        if (BoolOf(payload, OidcUsePassthroughAuth) == true && IdentityProviders.IsAnyOf(provider, PassthroughProviders))
        {
            findings.Add(Conflict(newPassword, OidcUsePassthroughAuth, $"with provider '{provider}' passthrough authentication hands the web sign-in password to the local account, which OIDCNewPassword = true replaces by a separate local password, so passthrough does not work"));
        }

        if (BoolOf(payload, CreateJamfConnectPassword) == true)
        {
            findings.Add(Conflict(newPassword, CreateJamfConnectPassword, "the Jamf Connect keychain item stores the identity provider's password, which OIDCNewPassword = true keeps apart from the local password, so the item is not created"));
        }
    }

    private static Finding Conflict(KeyFact newPassword, string otherKey, string why) => new(
        RuleCatalog.ConflictingSettings,
        $"{otherKey} = true conflicts with OIDCNewPassword = true: {why}. Set OIDCNewPassword to false (or leave it unset), or turn {otherKey} off.",
        newPassword.KeyPath,
        newPassword.Origin,
        properties: FindingProperties.Set(OidcNewPassword, "false", otherKey));
}
