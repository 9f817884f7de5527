namespace ProfileAsCode.JamfPro.Http;

/// <summary>
/// Bounded retries with exponential backoff and jitter for requests that may be repeated safely (GET, PUT, DELETE and
/// the token request). The n-th wait is drawn uniformly from [cap/2, cap] with cap = min(<see cref="MaxDelay"/>,
/// <see cref="BaseDelay"/> × 2^(n-1)), so clients that failed together do not retry together; a server's
/// <c>Retry-After</c> is honoured up to <see cref="MaxDelay"/>.
/// </summary>
internal sealed record RetryPolicy
{
    public static readonly RetryPolicy Default = new();

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; init; } = 4;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(8);

    /// <param name="failedAttempts">How many attempts have failed so far (1 after the first).</param>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, if it sent one.</param>
    /// <param name="unitRandom">A number in [0, 1).</param>
    public TimeSpan DelayBefore(int failedAttempts, TimeSpan? retryAfter, double unitRandom)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var cap = Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * (1L << Math.Min(exponent, 20)));
        var jittered = TimeSpan.FromTicks((long)(cap / 2.0 + (cap / 2.0 * Math.Clamp(unitRandom, 0, 1))));
        if (retryAfter is { } asked && asked > jittered)
        {
            return asked < MaxDelay ? asked : MaxDelay;
        }

        return jittered;
    }
}
