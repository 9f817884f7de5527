namespace ProfileAsCode.Tests.Profiles.Support;

// Records that break a mapping rule, one rule each.

[PreferenceDomain("com.example.types")]
public sealed record UnrepresentableSettings
{
    [PayloadKey("Id")]
    public Guid? Id { get; init; }

    [PayloadKey("Price")]
    public decimal? Price { get; init; }

    [PayloadKey("ByNumber")]
    public IReadOnlyDictionary<int, string>? ByNumber { get; init; }

    [PayloadKey("Fine")]
    public string? Fine { get; init; }
}

[ConfigurationProfile("com.example.types")]
public sealed record UnrepresentableProfile
{
    public UnrepresentableSettings Settings { get; init; } = new() { Fine = "kept" };
}

[PreferenceDomain("com.example.extras")]
public sealed record MisdeclaredExtrasSettings
{
    [PayloadKey("Fine")]
    public string? Fine { get; init; }

    [AdditionalKeys]
    public IReadOnlyDictionary<int, object?>? ByNumber { get; init; }

    [AdditionalKeys]
    public IReadOnlyDictionary<string, object?>? Extra { get; init; }

    [AdditionalKeys]
    public IReadOnlyDictionary<string, object?>? MoreExtra { get; init; }
}

[ConfigurationProfile("com.example.extras")]
public sealed record MisdeclaredExtrasProfile
{
    public MisdeclaredExtrasSettings Settings { get; init; } = new()
    {
        Fine = "kept",
        Extra = new Dictionary<string, object?> { ["Raw"] = "kept too" },
        MoreExtra = new Dictionary<string, object?> { ["Lost"] = "never written" },
    };
}

[PreferenceDomain("com.example.collide")]
public sealed record CollidingSettings
{
    [PayloadKey("Key")]
    public string? First { get; init; }

    [PayloadKey("Key")]
    public string? Second { get; init; }

    [PayloadKey("PayloadUUID")]
    public string? Sneaky { get; init; }

    [PayloadKey("Other")]
    public string? Other { get; init; }

    [AdditionalKeys]
    public IReadOnlyDictionary<string, object?>? Extra { get; init; }
}

[ConfigurationProfile("com.example.collide")]
public sealed record CollidingProfile
{
    public CollidingSettings Settings { get; init; } = new()
    {
        First = "1",
        Second = "2",
        Sneaky = "x",
        Other = "typed",
        Extra = new Dictionary<string, object?> { ["Other"] = "raw", ["PayloadType"] = "evil", ["Fresh"] = "ok" },
    };
}

[PreferenceDomain("com.example.values")]
public sealed record BadValueSettings
{
    [PayloadKey("Items")]
    public IReadOnlyList<string?>? Items { get; init; }

    [PayloadKey("Mode")]
    public ExampleMode? Mode { get; init; }

    [PayloadKey("When")]
    public DateTime? When { get; init; }

    [AdditionalKeys]
    public IReadOnlyDictionary<string, object?>? Extra { get; init; }
}

[ConfigurationProfile("com.example.values")]
public sealed record BadValueProfile
{
    public BadValueSettings Settings { get; init; } = new()
    {
        Items = ["a", null],
        Mode = (ExampleMode)42,
        When = new DateTime(2026, 1, 1),
        Extra = new Dictionary<string, object?> { ["Guid"] = Guid.Empty },
    };
}

[ConfigurationProfile("com.example.notpayload")]
public sealed record NotAPayloadProfile
{
    public string Helper { get; init; } = "not a payload";

    public ExampleSettings App { get; init; } = new() { Name = "ok" };
}

public sealed record Node
{
    [PayloadKey("Next")]
    public Node? Next { get; set; }
}

[PreferenceDomain("com.example.cycle")]
public sealed record CycleSettings
{
    [PayloadKey("Head")]
    public Node? Head { get; init; }
}

[ConfigurationProfile("com.example.cycle")]
public sealed record CycleProfile
{
    public CycleSettings Settings { get; init; } = MakeCycle();

    private static CycleSettings MakeCycle()
    {
        var node = new Node();
        node.Next = node;
        return new CycleSettings { Head = node };
    }
}

[PreferenceDomain("com.example.throws")]
public sealed record ThrowingSettings
{
    [PayloadKey("Tenant")]
    public string? Tenant => throw new InvalidOperationException("tenant lookup failed");
}

[ConfigurationProfile("com.example.throws")]
public sealed record ThrowingPropertyProfile
{
    public ThrowingSettings Settings { get; init; } = new();
}

[ConfigurationProfile("com.example.throwspayload")]
public sealed record ThrowingPayloadProfile
{
    public ExampleSettings App => throw new FileNotFoundException("secrets.json");
}

[ConfigurationProfile("com.example.throwsctor")]
public sealed record ThrowingConstructorProfile
{
    public ExampleSettings App { get; init; } = new() { Name = Environment.GetEnvironmentVariable("PAC_TEST_UNSET_VARIABLE") ?? throw new InvalidOperationException("PAC_TEST_UNSET_VARIABLE is not set") };
}

[ConfigurationProfile("com.example.positional")]
public sealed record PositionalProfile(ExampleSettings App);
