using System.Text;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Tenant;
using ProfileAsCode.Rules.Tenant.Exports;
using ProfileAsCode.Rules.Tenant.Model;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

/// <summary>The export shapes the standard tools write (see Fixtures/README.md).</summary>
public enum Shape
{
    /// <summary><c>az rest</c>, Graph Explorer: <c>{"@odata.context":…,"value":[…]}</c> per listing.</summary>
    GraphPage,

    /// <summary><c>az ad app list</c>, <c>az ad sp list</c>, <c>az rest … --query value</c>: a bare array.</summary>
    BareArray,

    /// <summary><c>az ad app show</c>, <c>az ad sp show</c>: one object per file with <c>@odata.context</c>; grants, policies and the organization via <c>az rest</c>.</summary>
    AzShow,
}

/// <summary>
/// The driving scenario's tenant (Fixtures/objects), editable by exact text replacement (an edit that does
/// not apply fails the test, so no edit silently leaves the scenario intact), read in any <see cref="Shape"/>.
/// </summary>
internal sealed class TenantScenario
{
    private static readonly (string Object, string EntitySet)[] Objects =
    {
        ("application-api", "applications"), ("application-endpoint", "applications"),
        ("sp-api", "servicePrincipals"), ("sp-endpoint", "servicePrincipals"), ("sp-graph", "servicePrincipals"),
        ("grant-api", "oauth2PermissionGrants"), ("grant-graph", "oauth2PermissionGrants"),
        ("policy-mfa", "identity/conditionalAccess/policies"),
        ("organization", "organization"),
    };

    private readonly Dictionary<string, (string Text, string EntitySet)> objects = new();
    private readonly HashSet<string> emptyEntitySets = new();

    public TenantScenario()
    {
        foreach (var (name, set) in Objects)
        {
            objects[name] = (Fixture("objects/" + name + ".json"), set);
        }
    }

    public static TheoryData<Shape> Shapes => new() { Shape.GraphPage, Shape.BareArray, Shape.AzShow };

    public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Rules", "Tenant", "Fixtures");

    public static string Fixture(string relativePath) => File.ReadAllText(Path.Combine(FixtureDirectory, relativePath));

    public TenantScenario Edit(string name, string from, string to)
    {
        var (text, set) = objects[name];
        Assert.True(text.Contains(from, StringComparison.Ordinal), $"the edit of {name} does not apply: '{from}' is not in it");
        objects[name] = (text.Replace(from, to, StringComparison.Ordinal), set);
        return this;
    }

    public TenantScenario Without(string name)
    {
        var set = objects[name].EntitySet;
        objects.Remove(name);
        if (!objects.Values.Any(o => o.EntitySet == set))
        {
            emptyEntitySets.Add(set); // still exported, as an empty listing
        }

        return this;
    }

    public TenantScenario With(string name, string entitySet, string json)
    {
        objects[name] = (json, entitySet);
        return this;
    }

    /// <summary>Leaves a kind out of the exports entirely (not even an empty listing).</summary>
    public TenantScenario NotExporting(string entitySet)
    {
        foreach (var name in objects.Where(o => o.Value.EntitySet == entitySet).Select(o => o.Key).ToList())
        {
            objects.Remove(name);
        }

        emptyEntitySets.Remove(entitySet);
        notExported.Add(entitySet);
        return this;
    }

    private readonly HashSet<string> notExported = new();

    public IReadOnlyList<ExportFile> Files(Shape shape)
    {
        var files = new List<ExportFile>();
        foreach (var set in objects.Values.Select(o => o.EntitySet).Concat(emptyEntitySets).Distinct().Where(s => !notExported.Contains(s)))
        {
            var texts = objects.Values.Where(o => o.EntitySet == set).Select(o => o.Text).ToArray();
            var isAzShow = shape == Shape.AzShow && (set == "applications" || set == "servicePrincipals");
            if (isAzShow)
            {
                files.AddRange(texts.Select((text, i) => ExportOf(set + i + ".json", ExportShapes.Single(set, text))));
            }
            else if (shape == Shape.BareArray && texts.Length > 0)
            {
                files.Add(ExportOf(set.Replace('/', '-') + ".json", ExportShapes.BareArray(texts)));
            }
            else
            {
                files.Add(ExportOf(set.Replace('/', '-') + ".json", ExportShapes.GraphPage(set, texts)));
            }
        }

        return files;
    }

    public TenantExportResult Read(Shape shape = Shape.GraphPage) => TenantExportReader.Read(Files(shape));

    /// <summary>The model; the exports must read without problems.</summary>
    public TenantModel Model(Shape shape = Shape.GraphPage)
    {
        var result = Read(shape);
        Assert.Empty(result.Problems);
        return result.Model;
    }

    public TenantCheckResult Check(Shape shape = Shape.GraphPage, ProfileFacts? profile = null) =>
        TenantChecks.Check(profile ?? Facts.EntraRopgScenario(), Model(shape));

    private static ExportFile ExportOf(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));
}

/// <summary>Wraps fixture objects the way each tool writes them (text only: the reader under test is not used to build its input).</summary>
internal static class ExportShapes
{
    public const string Metadata = "https://graph.microsoft.com/v1.0/$metadata#";

    public static string GraphPage(string entitySet, IEnumerable<string> objects, string? nextLink = null) =>
        "{\"@odata.context\":\"" + Metadata + entitySet + "\",\"value\":[" + string.Join(",", objects) + "]"
        + (nextLink is null ? string.Empty : ",\"@odata.nextLink\":\"" + nextLink + "\"") + "}";

    public static string BareArray(IEnumerable<string> objects) => "[" + string.Join(",\n", objects) + "]";

    /// <summary><c>az ad app show</c>: the <c>GET /applications/{id}</c> body with its <c>@odata.context</c>.</summary>
    public static string Single(string entitySet, string obj)
    {
        var brace = obj.IndexOf('{', StringComparison.Ordinal);
        return obj[..(brace + 1)] + "\"@odata.context\":\"" + Metadata + entitySet + "/$entity\"," + obj[(brace + 1)..];
    }
}

internal static class TenantAssert
{
    /// <summary>Every finding is <paramref name="id"/>, on exactly the keys given, in order.</summary>
    public static IReadOnlyList<Finding> Only(TenantCheckResult result, string id, params string[] keyPaths)
    {
        Assert.True(result.Findings.All(f => f.Rule.Id == id), string.Join("\n", result.Findings));
        Assert.Equal(keyPaths, result.Findings.Select(f => f.KeyPath));
        Assert.All(result.Findings, f => Assert.Equal(f.KeyPath, f.Origin)); // Facts use the key path as origin
        return result.Findings;
    }

    /// <summary>No finding; the not-checkable notes are only the two the exports can never settle.</summary>
    public static void Agrees(TenantCheckResult result)
    {
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings));
        Assert.Equal(new[] { "PAC5011", "PAC5015" }, result.NotCheckable.Select(n => n.Rule.Id).Order());
    }
}
