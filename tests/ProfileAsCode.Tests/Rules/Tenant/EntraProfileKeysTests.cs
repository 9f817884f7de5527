using ProfileAsCode.Rules;
using ProfileAsCode.Rules.JamfConnect;
using ProfileAsCode.Rules.Tenant;

namespace ProfileAsCode.Tests.Rules.EntraTenant;

/// <summary>
/// The analyzer reuses the tenant checks' results for profiles whose values of <see cref="EntraProfile.LoginKeys"/>
/// and <see cref="EntraProfile.MenuBarKeys"/> are equal: every key the checks keep must be in those lists.
/// </summary>
public sealed class EntraProfileKeysTests
{
    [Fact]
    public void EveryKeyTheChecksKeep_IsAListedKey()
    {
        var login = EntraProfile.LoginKeys.Select(path => path == JamfConnectKeys.OidcAdmin ? Facts.Key(path, new[] { "admin" }) : Facts.Key(path, Value(path))).ToArray();
        var menuBar = EntraProfile.MenuBarKeys.Select(path => Facts.Key(path, Value(path))).ToArray();
        var profile = Facts.Profile(Facts.Login(login), Facts.MenuBar(menuBar));

        var settings = EntraProfile.From(profile);
        var kept = settings.Tenants.Concat(settings.ClientIds).Concat(settings.RopgClientIds).Concat(settings.RopgScopeKeys).Concat(settings.Secrets)
            .Concat(new[] { settings.InteractiveClientId, settings.RedirectUri, settings.InteractiveScopes, settings.Admin, settings.AdminAttribute }.OfType<KeyFact>())
            .Select(key => key.KeyPath).Distinct().ToList();

        Assert.Equal(EntraProfile.LoginKeys.Length + EntraProfile.MenuBarKeys.Length - 3, kept.Count); // the three providers decide, they are not kept
        Assert.All(kept, path => Assert.Contains(path, EntraProfile.LoginKeys.Concat(EntraProfile.MenuBarKeys)));
    }

    [Fact]
    public void AKeyOutsideTheLists_ChangesNothingTheChecksKeep()
    {
        var plain = EntraProfile.From(Facts.EntraRopgScenario());
        var branded = EntraProfile.From(Facts.EntraRopgScenario(Facts.Key("LoginWindowMessage", "Welcome"), Facts.Key("DenyLocal", "true")));

        Assert.Equal(Paths(plain), Paths(branded));
    }

    private static string Value(string path) => path switch
    {
        JamfConnectKeys.OidcProvider or JamfConnectKeys.MenuBarProvider => "EntraID",
        JamfConnectKeys.RopgProvider => "Azure_v2",
        JamfConnectKeys.OidcAdminAttribute => "roles",
        _ => "value of " + path,
    };

    private static string[] Paths(EntraProfile settings) =>
        settings.Tenants.Concat(settings.ClientIds).Concat(settings.RopgScopeKeys).Concat(settings.Secrets).Select(key => key.KeyPath).ToArray();
}
