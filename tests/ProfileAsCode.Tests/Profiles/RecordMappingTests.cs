using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;
using ProfileAsCode.Tests.Profiles.Support;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.Profiles;

public class RecordMappingTests
{
    private static PlistDictionary Dict(params (string Key, PlistValue Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    [Fact]
    public void EveryRule_MapsToTheExpectedTree()
    {
        var built = ProfileBuilder.Build(typeof(ExampleProfile));

        Assert.Empty(built.Findings);
        var expected = Dict(
            ("Name", "a & <b>"),
            ("Enabled", true),
            ("Count", -3),
            ("Big", new PlistInteger(ulong.MaxValue)),
            ("Ratio", 0.5),
            ("Single", 1.1), // the float as written, not 1.100000023841858
            ("When", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)),
            ("WhenOffset", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)),
            ("Blob", new byte[] { 1, 2, 3 }),
            ("Mode", "fast-mode"),
            ("Tags", new PlistArray("x", "y")),
            ("Matrix", new PlistArray(new PlistArray(1L, 2L), new PlistArray())),
            ("Primary", Dict(("Host", "h1"), ("Port", 443), ("Tenant", "t1"))),
            ("Servers", new PlistArray(Dict(("Host", "h2")))),
            ("Labels", Dict(("a", "A"), ("b", "B"))),
            ("Raw", new PlistArray("r", 1L)),
            ("Unkeyed", "u"),
            ("ExtraFlag", false),
            ("ExtraList", new PlistArray(1L, 2L)),
            ("ExtraMode", "Slow"));
        var payload = Assert.Single(built.Profile.Payloads);
        Assert.Equal(expected, payload.Settings);
    }

    [Fact]
    public void UnsetProperties_AreOmitted_AndAnUnsetPayloadIsNoPayload()
    {
        var built = ProfileBuilder.Build(typeof(EmptySettingsProfile));

        Assert.Empty(built.Findings);
        var payload = Assert.Single(built.Profile.Payloads);
        Assert.Empty(payload.Settings);
        Assert.Empty(Assert.Single(built.Facts.Payloads).Keys);
    }

    [Fact]
    public void Facts_FlattenNestedKeys_AndCarryTheValueRules()
    {
        var payload = Assert.Single(ProfileBuilder.Build(typeof(ExampleProfile)).Facts.Payloads);

        Assert.Equal("com.example.app", payload.Domain);
        Assert.Equal("com.example.profile.com.example.app", payload.Identifier);
        Assert.Equal("t1", payload.Find("Primary.Tenant")?.Value.AsString);
        var tenantRule = Assert.Single(payload.Find("Primary.Tenant")!.Rules);
        Assert.Equal(ValueRuleKind.EntraTenantId, tenantRule.Kind);
        Assert.Equal("Provider", tenantRule.ProviderKey);
        Assert.Equal("ExampleProfile.App.Primary.Tenant", payload.Find("Primary.Tenant")!.Origin?.ToString());

        Assert.Equal("A", payload.Find("Labels.a")?.Value.AsString);
        Assert.Null(payload.Find("Labels.gone"));
        Assert.Null(payload.Find("Primary")); // dictionaries appear only through their keys
        Assert.Equal("fast-mode", payload.Find("Mode")?.Value.AsString);
        Assert.Equal(-3L, payload.Find("Count")?.Value.Value);
        Assert.Equal(true, payload.Find("Enabled")?.Value.Value);
        Assert.False(payload.Find("When")!.Value.IsKnown);

        var tags = Assert.IsAssignableFrom<IReadOnlyList<FactValue>>(payload.Find("Tags")!.Value.Value);
        Assert.Equal(["x", "y"], tags.Select(t => t.AsString));
        Assert.Equal(ValueRuleKind.ScopeList, Assert.Single(payload.Find("Tags")!.Rules).Kind);

        Assert.Equal(false, payload.Find("ExtraFlag")?.Value.Value);
        Assert.Empty(payload.Find("ExtraFlag")!.Rules);
        Assert.Equal("ExampleProfile.App.Extra[\"ExtraFlag\"]", payload.Find("ExtraFlag")!.Origin?.ToString());
    }

    [Fact]
    public void Facts_AndTree_HoldTheSameKeys()
    {
        // One traversal: every leaf written is a fact, and every fact was written.
        var built = ProfileBuilder.Build(typeof(ExampleProfile));
        var written = new List<string>();
        Leaves(built.Profile.Payloads[0].Settings, null, written);

        Assert.Equal(written.Order(StringComparer.Ordinal), built.Facts.Payloads[0].Keys.Select(k => k.KeyPath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ARecordHoldingAListOfItself_IsWritten_WhenTheListIsPlannedFirst()
    {
        // The payload plans IReadOnlyList<TreeItem> before TreeItem, whose Children is that same list (as in
        // Apple's Parental Controls WhiteList items and their SubApps).
        var built = ProfileBuilder.Build(typeof(TreeProfile));

        Assert.Empty(built.Findings);
        var items = Assert.IsType<PlistArray>(built.Profile.Payloads[0].Settings["Items"]);
        Assert.Equal(Dict(("Name", "a"), ("Children", new PlistArray(Dict(("Name", "b"))))), items[0]);
    }

    [Fact]
    public void ProfileFacts_CarryIdentifierAndAttributeAsOrigin()
    {
        var built = ProfileBuilder.Build(typeof(ExampleProfile));

        Assert.Equal("com.example.profile", built.Facts.Identifier);
        var origin = Assert.IsType<ConfigurationProfileAttribute>(built.Facts.Origin);
        Assert.EndsWith("ExampleRecords.cs", origin.SourceFile);
        Assert.True(origin.SourceLine > 0);
    }

    private static void Leaves(PlistDictionary dict, string? prefix, List<string> into)
    {
        foreach (var (key, value) in dict)
        {
            var path = prefix is null ? key : prefix + "." + key;
            if (value is PlistDictionary nested)
            {
                Leaves(nested, path, into);
            }
            else
            {
                into.Add(path);
            }
        }
    }
}

[PreferenceDomain("com.example.tree")]
public sealed record TreeSettings
{
    public IReadOnlyList<TreeItem>? Items { get; init; }
}

public sealed record TreeItem
{
    public string? Name { get; init; }

    public IReadOnlyList<TreeItem>? Children { get; init; }
}

[ConfigurationProfile("com.example.tree")]
public sealed record TreeProfile
{
    public TreeSettings Tree { get; init; } = new() { Items = [new() { Name = "a", Children = [new() { Name = "b" }] }] };
}
