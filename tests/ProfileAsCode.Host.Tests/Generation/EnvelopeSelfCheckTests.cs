using ProfileAsCode.Host.Generation;
using ProfileAsCode.Host.Severity;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Host.Tests.Generation;

/// <summary>
/// The build runs the profile-file rules `profile-as-code validate` runs (PAC3006–PAC3008) on every profile it
/// writes. Only a pinned UUID can break them from records: pinned twice in one profile, or by two profiles.
/// </summary>
public sealed class EnvelopeSelfCheckTests : IDisposable
{
    private const string Pinned = "A1A1A1A1-0000-4000-8000-000000000001";

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void UuidPinnedOnTheProfileAndItsPayload_IsPAC3008_AndNothingIsWritten()
    {
        var candidate = ModelProfileSource.ToCandidate(typeof(UuidPinnedTwice<int>), form: null, writeBarePlist: false);

        var result = new ProfileGenerator(SeverityPolicy.Default, RuleEngineCheck).Run([candidate], temp.Path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PAC3008", ReportedSeverity.Error), (error.Id, error.Severity));
        Assert.StartsWith($"PayloadUUID {Pinned} is used 2 times in this profile; each payload needs its own [UuidPinnedTwice`1, top level and payload 1]", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void UuidPinnedByTwoProfiles_IsPAC3008_AtTheSecond_AndTheFirstIsWritten()
    {
        var first = ModelProfileSource.ToCandidate(typeof(FirstPinningProfile<int>), form: null, writeBarePlist: false);
        var second = ModelProfileSource.ToCandidate(typeof(SecondPinningProfile<int>), form: null, writeBarePlist: false);

        var result = new ProfileGenerator(SeverityPolicy.Default, RuleEngineCheck).Run([first, second], temp.Path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PAC3008", error.Id);
        Assert.Equal(second.Location, error.Location);
        Assert.StartsWith($"UUID {Pinned} is also used in {first.Name}; give each profile and payload its own UUID", error.Message, StringComparison.Ordinal);
        Assert.Equal([temp.File("com.contoso.selfcheck.first.mobileconfig")], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void ProfilesWithTheirOwnUuids_PassTheSelfCheck_InEitherForm()
    {
        var candidates = new[]
        {
            ModelProfileSource.ToCandidate(typeof(FirstPinningProfile<int>), PreferencePayloadForm.ManagedPreferences, writeBarePlist: true),
            ModelProfileSource.ToCandidate(typeof(OwnUuidsProfile<int>), PreferencePayloadForm.Direct, writeBarePlist: false),
        };

        var result = new ProfileGenerator(SeverityPolicy.Default, RuleEngineCheck).Run(candidates, temp.Path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Written);
    }

    private static IReadOnlyList<Finding> RuleEngineCheck(IReadOnlyList<ProfileFacts> facts) => RuleEngine.CheckProject(facts, RuleContext.Build);
}

// Generic, so that discovery over this assembly (the "user's project" of the host-process tests) never finds
// them: ProfileDiscovery skips open generic types, and the tests close them.

[PreferenceDomain("com.contoso.selfcheck")]
public sealed record SelfCheckSettings
{
    [PayloadKey("Greeting")]
    public string? Greeting { get; init; } = "hello";
}

[ConfigurationProfile("com.contoso.selfcheck.twice", Uuid = "A1A1A1A1-0000-4000-8000-000000000001")]
public sealed record UuidPinnedTwice<T>
{
    [PayloadIdentity(Uuid = "a1a1a1a1-0000-4000-8000-000000000001")]
    public SelfCheckSettings Settings { get; init; } = new();
}

[ConfigurationProfile("com.contoso.selfcheck.first", Uuid = "A1A1A1A1-0000-4000-8000-000000000001")]
public sealed record FirstPinningProfile<T>
{
    public SelfCheckSettings Settings { get; init; } = new();
}

[ConfigurationProfile("com.contoso.selfcheck.second", Uuid = "A1A1A1A1-0000-4000-8000-000000000001")]
public sealed record SecondPinningProfile<T>
{
    public SelfCheckSettings Settings { get; init; } = new();
}

[ConfigurationProfile("com.contoso.selfcheck.own")]
public sealed record OwnUuidsProfile<T>
{
    public SelfCheckSettings Settings { get; init; } = new();
}
