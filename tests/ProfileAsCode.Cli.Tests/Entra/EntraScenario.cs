using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Testing.Tenant;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Entra;

/// <summary>A Jamf Connect profile that agrees with the tenant of <see cref="TenantExportSet"/> (Jamf's recipe, made-up IDs).</summary>
internal static class EntraScenario
{
    public const string Tenant = TenantExportSet.Tenant;
    public const string ClientId = TenantExportSet.ClientId;
    public const string ApiAppId = TenantExportSet.ApiAppId;

    /// <summary>The Jamf Connect login window settings of Jamf's recipe, as this tenant needs them.</summary>
    public static PlistDictionary LoginSettings(params (string Key, PlistValue Value)[] changes)
    {
        var settings = Dict(
            ("OIDCProvider", "EntraID"),
            ("OIDCClientID", ClientId),
            ("OIDCRedirectURI", "https://127.0.0.1/jamfconnect"),
            ("OIDCTenant", Tenant),
            ("OIDCAdminAttribute", "roles"),
            ("OIDCAdmin", Strings("admin")),
            ("OIDCROPGID", ClientId),
            ("ROPGTenant", Tenant),
            ("ROPGScopes", $"api://{ApiAppId}/jamfconnect+openid+email+profile"));
        foreach (var (key, value) in changes)
        {
            settings = settings.SetItem(key, value);
        }

        return settings;
    }

    public static PlistDictionary Profile(PlistDictionary loginSettings) => Corpus.Profile(
        "com.contoso.jamfconnect",
        "0F1E2D3C-4B5A-4968-8776-655443322110",
        ProfileAsCode.PreferencePayloadForm.Direct,
        ("com.jamf.connect.login", "com.contoso.jamfconnect.login", "A0B1C2D3-E4F5-4607-8190-A2B3C4D5E6F7", "Login window", loginSettings));

    public static string WriteProfile(TempDirectory dir, string name, PlistDictionary loginSettings) =>
        CorpusFiles.Xml(dir, name, Profile(loginSettings));
}
