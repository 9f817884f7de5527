namespace ProfileAsCode.Testing.Tenant;

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
/// The tenant of the rule tests' fixtures (Jamf's Conditional Access scenario, made-up IDs; ProfileAsCode.Tests'
/// Rules/Tenant/Fixtures, linked as <c>Tenant/Fixtures</c> into the projects that use this) as export texts, in
/// each shape the tools write. Edits are exact text replacements that must apply; objects can be added. Text
/// only: the reader under test is not used to build its input.
/// </summary>
public sealed class TenantExportSet
{
    public const string Tenant = "9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
    public const string ClientId = "1b2c3d4e-5f60-4718-9a0b-c1d2e3f40516";
    public const string ApiAppId = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819";
    public const string GraphMetadata = "https://graph.microsoft.com/v1.0/$metadata#";

    private readonly List<(string Name, string EntitySet, string Text)> objects = new()
    {
        Object("application-api", "applications"), Object("application-endpoint", "applications"),
        Object("sp-api", "servicePrincipals"), Object("sp-endpoint", "servicePrincipals"), Object("sp-graph", "servicePrincipals"),
        Object("grant-api", "oauth2PermissionGrants"), Object("grant-graph", "oauth2PermissionGrants"),
        Object("policy-mfa", "identity/conditionalAccess/policies"),
        Object("organization", "organization"),
    };

    public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Tenant", "Fixtures");

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(FixtureDirectory, name + ".json"));

    public TenantExportSet Edit(string name, string from, string to)
    {
        var index = objects.FindIndex(o => o.Name == name);
        var (_, set, text) = objects[index];
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the edit of {name} does not apply: '{from}' is not in it", nameof(from));
        }

        objects[index] = (name, set, text.Replace(from, to, StringComparison.Ordinal));
        return this;
    }

    /// <summary>Adds an object (JSON text) to the listing of <paramref name="entitySet"/>.</summary>
    public TenantExportSet With(string name, string entitySet, string json)
    {
        objects.Add((name, entitySet, json));
        return this;
    }

    /// <summary>The export files, by file name, as the tool of <paramref name="shape"/> writes them.</summary>
    public IReadOnlyList<(string Name, string Text)> Files(ExportShape shape)
    {
        var files = new List<(string, string)>();
        foreach (var set in objects.GroupBy(o => o.EntitySet))
        {
            var texts = set.Select(o => o.Text).ToList();
            var file = set.Key.Replace('/', '-');
            if (shape == ExportShape.AzShow && set.Key is "applications" or "servicePrincipals")
            {
                files.AddRange(texts.Select((text, i) => ($"{file}{i}.json", Single(set.Key, text))));
            }
            else
            {
                files.Add((file + ".json", shape == ExportShape.BareArray ? "[" + string.Join(",\n", texts) + "]" : Page(set.Key, texts)));
            }
        }

        return files;
    }

    /// <summary>Writes the files into <paramref name="folder"/> (created) and returns it.</summary>
    public string WriteTo(string folder, ExportShape shape)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in Files(shape))
        {
            File.WriteAllText(Path.Combine(folder, name), text, new System.Text.UTF8Encoding(false));
        }

        return folder;
    }

    public static string Page(string entitySet, IEnumerable<string> texts) =>
        "{\"@odata.context\":\"" + GraphMetadata + entitySet + "\",\"value\":[" + string.Join(",\n", texts) + "]}";

    private static (string, string, string) Object(string name, string entitySet) => (name, entitySet, Fixture(name));

    private static string Single(string entitySet, string text)
    {
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        return text[..(brace + 1)] + "\"@odata.context\":\"" + GraphMetadata + entitySet + "/$entity\"," + text[(brace + 1)..];
    }
}
