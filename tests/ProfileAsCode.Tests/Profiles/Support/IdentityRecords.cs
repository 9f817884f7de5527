namespace ProfileAsCode.Tests.Profiles.Support;

[ConfigurationProfile("com.example.small", DisplayName = "Small")]
public sealed record SmallProfile
{
    public ExampleSettings App { get; init; } = new() { Name = "n", Enabled = true, Ratio = 1.0 };
}

[ConfigurationProfile("com.example.pinned", Uuid = "0FE3872D-1111-4222-8333-444455556666")]
public sealed record PinnedProfile
{
    // Imported from a profile devices already have (Jamf style: identifier = UUID, lower case kept).
    [PayloadIdentity(Identifier = "0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF", Uuid = "0fe3872d-aaaa-4bbb-8ccc-ddddeeeeffff")]
    public ExampleSettings App { get; init; } = new() { Name = "n" };
}

[ConfigurationProfile("com.example.badpin", Uuid = "not-a-uuid")]
public sealed record BadPinProfile
{
    [PayloadIdentity(Uuid = "{0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF}")]
    public ExampleSettings App { get; init; } = new();
}
