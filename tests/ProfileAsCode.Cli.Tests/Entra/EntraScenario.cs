using System.Text;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Entra;

/// <summary>How the standard tools write an export (see the fixtures' README in ProfileAsCode.Tests).</summary>
public enum ExportShape
{
    /// <summary><c>az rest</c>, Graph Explorer, <c>Invoke-MgGraphRequest</c>: one Graph page per listing.</summary>
    GraphPage,

    /// <summary><c>az ad app list</c>, <c>az ad sp list</c>: a bare array per listing.</summary>
    BareArray,

    /// <summary><c>az ad app show</c>, <c>az ad sp show</c>: one object per file with its <c>@odata.context</c>; the rest as Graph pages.</summary>
    AzShow,
}

/// <summary>
/// The tenant of the rule tests' fixtures (Jamf's Conditional Access scenario, made-up IDs) as export files, and a
/// Jamf Connect profile that agrees with it. Edits are exact text replacements that must apply.
/// </summary>
internal sealed class EntraScenario
{
    public const string Tenant = "9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
    public const string ClientId = "1b2c3d4e-5f60-4718-9a0b-c1d2e3f40516";
    public const string ApiAppId = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819";
    public const string GraphMetadata = "https://graph.microsoft.com/v1.0/$metadata#";

    private static readonly (string Name, string EntitySet)[] TenantObjects =
    [
        ("application-api", "applications"), ("application-endpoint", "applications"),
        ("sp-api", "servicePrincipals"), ("sp-endpoint", "servicePrincipals"), ("sp-graph", "servicePrincipals"),
        ("grant-api", "oauth2PermissionGrants"), ("grant-graph", "oauth2PermissionGrants"),
        ("policy-mfa", "identity/conditionalAccess/policies"),
        ("organization", "organization"),
    ];

    private readonly Dictionary<string, string> objects = TenantObjects.ToDictionary(o => o.Name, o => Fixture(o.Name));

    public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Entra", "Fixtures");

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(FixtureDirectory, name + ".json"));

    public EntraScenario Edit(string name, string from, string to)
    {
        Assert.True(objects[name].Contains(from, StringComparison.Ordinal), $"the edit of {name} does not apply: '{from}' is not in it");
        objects[name] = objects[name].Replace(from, to, StringComparison.Ordinal);
        return this;
    }

    /// <summary>Writes the exports into <paramref name="folder"/> (created) and returns it.</summary>
    public string WriteExports(string folder, ExportShape shape)
    {
        Directory.CreateDirectory(folder);
        foreach (var set in TenantObjects.GroupBy(o => o.EntitySet))
        {
            var texts = set.Select(o => objects[o.Name]).ToList();
            var file = set.Key.Replace('/', '-');
            if (shape == ExportShape.AzShow && set.Key is "applications" or "servicePrincipals")
            {
                for (var i = 0; i < texts.Count; i++)
                {
                    Write(folder, $"{file}{i}.json", Single(set.Key, texts[i]));
                }
            }
            else
            {
                Write(folder, file + ".json", shape == ExportShape.BareArray ? "[" + string.Join(",\n", texts) + "]" : Page(set.Key, texts));
            }
        }

        return folder;
    }

    public static string Page(string entitySet, IEnumerable<string> texts) =>
        "{\"@odata.context\":\"" + GraphMetadata + entitySet + "\",\"value\":[" + string.Join(",\n", texts) + "]}";

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

    private static string Single(string entitySet, string text)
    {
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        return text[..(brace + 1)] + "\"@odata.context\":\"" + GraphMetadata + entitySet + "/$entity\"," + text[(brace + 1)..];
    }

    private static void Write(string folder, string name, string text) => File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));
}
