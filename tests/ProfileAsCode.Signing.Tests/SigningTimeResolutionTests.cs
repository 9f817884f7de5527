namespace ProfileAsCode.Signing.Tests;

/// <summary>
/// Explicit value, then SOURCE_DATE_EPOCH, then now. These tests set the process-wide SOURCE_DATE_EPOCH,
/// so they share a collection that runs alone.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class SigningTimeResolutionTests : IDisposable
{
    private readonly string? saved = Environment.GetEnvironmentVariable(SigningOptions.SourceDateEpochVariable);

    [Fact]
    public void AnExplicitValueWinsOverTheEnvironment()
    {
        Environment.SetEnvironmentVariable(SigningOptions.SourceDateEpochVariable, "1700000000");

        var options = SigningOptions.Resolve("1772600767", "ProfileAsCodeSigningTime");

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772600767), options.SigningTime);
    }

    [Fact]
    public void WithoutAnExplicitValueSourceDateEpochIsUsed()
    {
        Environment.SetEnvironmentVariable(SigningOptions.SourceDateEpochVariable, "1700000000");

        var options = SigningOptions.Resolve("", "ProfileAsCodeSigningTime");

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), options.SigningTime);
    }

    [Fact]
    public void WithoutEitherTheSigningTimeIsLeftToTheClock()
    {
        Environment.SetEnvironmentVariable(SigningOptions.SourceDateEpochVariable, null);

        Assert.Null(SigningOptions.Resolve(null, "ProfileAsCodeSigningTime").SigningTime);
    }

    [Fact]
    public void AMalformedEnvironmentValueNamesTheVariable()
    {
        Environment.SetEnvironmentVariable(SigningOptions.SourceDateEpochVariable, "yesterday");

        var error = Assert.Throws<SigningException>(() => SigningOptions.Resolve(null, "ProfileAsCodeSigningTime"));

        Assert.StartsWith("The environment variable SOURCE_DATE_EPOCH is 'yesterday'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedExplicitValueNamesItsOrigin()
    {
        var error = Assert.Throws<SigningException>(() => SigningOptions.Resolve("soon", "ProfileAsCodeSigningTime"));

        Assert.StartsWith("ProfileAsCodeSigningTime is 'soon'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Environment.SetEnvironmentVariable(SigningOptions.SourceDateEpochVariable, saved);
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
