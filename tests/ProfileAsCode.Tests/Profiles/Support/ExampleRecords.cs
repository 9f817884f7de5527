using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.Profiles.Support;

// A user-defined preference domain exercising every mapping rule, and small profiles around it.

public enum ExampleMode
{
    [PayloadValue("fast-mode")]
    Fast,
    Slow,
}

public sealed record ExampleServer
{
    [PayloadKey("Host")]
    public string? Host { get; init; }

    [PayloadKey("Port")]
    public int? Port { get; init; }

    [PayloadKey("Tenant")]
    [EntraTenantId(ProviderKey = "Provider")]
    public string? Tenant { get; init; }
}

[PreferenceDomain("com.example.app", DisplayName = "Example App")]
public sealed record ExampleSettings
{
    [PayloadKey("Name")]
    public string? Name { get; init; }

    [PayloadKey("Enabled")]
    public bool? Enabled { get; init; }

    [PayloadKey("Count")]
    public int? Count { get; init; }

    [PayloadKey("Big")]
    public ulong? Big { get; init; }

    [PayloadKey("Ratio")]
    public double? Ratio { get; init; }

    [PayloadKey("Single")]
    public float? Single { get; init; }

    [PayloadKey("When")]
    public DateTime? When { get; init; }

    [PayloadKey("WhenOffset")]
    public DateTimeOffset? WhenOffset { get; init; }

    [PayloadKey("Blob")]
    public byte[]? Blob { get; init; }

    [PayloadKey("Mode")]
    public ExampleMode? Mode { get; init; }

    [PayloadKey("Tags")]
    [ScopeList(ProviderKey = "Provider")]
    public IReadOnlyList<string>? Tags { get; init; }

    [PayloadKey("Matrix")]
    public IReadOnlyList<IReadOnlyList<long>>? Matrix { get; init; }

    [PayloadKey("Primary")]
    public ExampleServer? Primary { get; init; }

    [PayloadKey("Servers")]
    public IReadOnlyList<ExampleServer>? Servers { get; init; }

    [PayloadKey("Labels")]
    public IReadOnlyDictionary<string, string?>? Labels { get; init; }

    [PayloadKey("Raw")]
    public PlistValue? Raw { get; init; }

    /// <summary>No [PayloadKey]: written under its property name.</summary>
    public string? Unkeyed { get; init; }

    [AdditionalKeys]
    public IReadOnlyDictionary<string, object?>? Extra { get; init; }
}

[ConfigurationProfile("com.example.profile", DisplayName = "Example", Description = "All mapping rules", Organization = "Example Org", Scope = ProfileScope.User, RemovalDisallowed = true)]
public sealed record ExampleProfile
{
    public ExampleSettings App { get; init; } = new()
    {
        Name = "a & <b>",
        Enabled = true,
        Count = -3,
        Big = ulong.MaxValue,
        Ratio = 0.5,
        Single = 1.1f,
        When = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        WhenOffset = new DateTimeOffset(2026, 1, 2, 5, 4, 5, TimeSpan.FromHours(2)),
        Blob = [1, 2, 3],
        Mode = ExampleMode.Fast,
        Tags = ["x", "y"],
        Matrix = [[1, 2], []],
        Primary = new() { Host = "h1", Port = 443, Tenant = "t1" },
        Servers = [new() { Host = "h2" }],
        Labels = new Dictionary<string, string?> { ["b"] = "B", ["a"] = "A", ["gone"] = null },
        Raw = new PlistArray("r", 1L),
        Unkeyed = "u",
        Extra = new Dictionary<string, object?> { ["ExtraFlag"] = false, ["ExtraList"] = new[] { 1, 2 }, ["ExtraUnset"] = null, ["ExtraMode"] = ExampleMode.Slow },
    };
}

[ConfigurationProfile("com.example.empty")]
public sealed record EmptySettingsProfile
{
    public ExampleSettings App { get; init; } = new();

    public ExampleSettings? NotSet { get; init; }
}
