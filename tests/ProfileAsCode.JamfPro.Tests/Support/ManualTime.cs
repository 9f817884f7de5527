namespace ProfileAsCode.JamfPro.Tests.Support;

/// <summary>A clock the test moves, shared by the client (token renewal) and the test server (token expiry).</summary>
internal sealed class ManualTime : TimeProvider
{
    private DateTimeOffset now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
