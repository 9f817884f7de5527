using ProfileAsCode.JamfConnect;
using ProfileAsCode.Profiles;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.JamfConnect;

/// <summary>Each enum member writes Jamf's exact string (docs.jamf.com, Jamf Connect Documentation: the login window and menu bar preference keys), through the mapper the build uses.</summary>
public class VendorStringTests
{
    private static IReadOnlyDictionary<object, string> Strings(Type enumType) => Assert.IsType<EnumShape>(ShapeCatalog.ShapeOf(enumType)).VendorStrings;

    [Fact]
    public void IdentityProvider_WritesJamfsStrings()
    {
        var expected = new Dictionary<object, string>
        {
            [IdentityProvider.EntraId] = "EntraID",
            [IdentityProvider.Azure] = "Azure",
            [IdentityProvider.Okta] = "Okta",
            [IdentityProvider.OktaIdentityEngine] = "OktaIdentityEngine",
            [IdentityProvider.OktaOidc] = "Okta-OIDC",
            [IdentityProvider.GoogleId] = "GoogleID",
            [IdentityProvider.OneLogin] = "OneLogin",
            [IdentityProvider.PingFederate] = "PingFederate",
            [IdentityProvider.IbmCi] = "IBMCI",
            [IdentityProvider.Custom] = "Custom",
        };
        Assert.Equal(expected.OrderBy(e => e.Value, StringComparer.Ordinal), Strings(typeof(IdentityProvider)).OrderBy(e => e.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void RopgProvider_WritesJamfsStrings()
    {
        Assert.Equal(
            new Dictionary<object, string> { [RopgProvider.Custom] = "Custom", [RopgProvider.AzureV2] = "Azure_v2" },
            Strings(typeof(RopgProvider)));
    }

    [Fact]
    public void HelpType_WritesJamfsStrings()
    {
        Assert.Equal(
            new Dictionary<object, string> { [HelpType.Bomgar] = "Bomgar", [HelpType.Url] = "URL", [HelpType.App] = "App" },
            Strings(typeof(HelpType)));
    }
}
