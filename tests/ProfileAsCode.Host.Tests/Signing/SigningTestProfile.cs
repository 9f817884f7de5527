namespace ProfileAsCode.Host.Tests.Signing;

// The profile the host-process tests generate: this test assembly is the "user's project".

[PreferenceDomain("com.contoso.signing")]
public sealed record SigningTestSettings
{
    [PayloadKey("Greeting")]
    public string? Greeting { get; init; }
}

[ConfigurationProfile("com.contoso.signing", DisplayName = "Signed by the build — ✓", Organization = "Contoso")]
public sealed record SigningTestProfile
{
    public SigningTestSettings Settings { get; init; } = new() { Greeting = "Grüße\nfrom the build" };
}
