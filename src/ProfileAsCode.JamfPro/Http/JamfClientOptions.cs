namespace ProfileAsCode.JamfPro.Http;

/// <summary>Timeouts, retries and bounds for the Jamf Pro client. Tests inject short timeouts and a recording delay.</summary>
internal sealed record JamfClientOptions
{
    public static readonly JamfClientOptions Default = new();

    /// <summary>One attempt: connecting, sending and reading the whole answer.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>The largest answer read; a list of thousands of profiles or one large profile fits with room to spare.</summary>
    public long MaxResponseBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Renew the token when less than this part of its lifetime is left (and at most 60 s before it ends).</summary>
    public double TokenRenewalFraction { get; init; } = 0.2;

    /// <summary>Server profiles fetched at once while reading the inventory.</summary>
    public int MaxParallelReads { get; init; } = 4;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Waits between attempts; tests replace it to record the backoff and keep runs short.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = static (wait, cancel) => Task.Delay(wait, cancel);

    /// <summary>Jitter source, a number in [0, 1).</summary>
    public Func<double> UnitRandom { get; init; } = static () => Random.Shared.NextDouble();

    public string UserAgent { get; init; } = "ProfileAsCode/" + (typeof(JamfClientOptions).Assembly.GetName().Version?.ToString(3) ?? "0");
}
