namespace ProfileAsCode.JamfPro.Http;

/// <summary>Repeats an attempt while its answer is transient and the request may be repeated, waiting per <see cref="RetryPolicy"/>.</summary>
internal static class Retrying
{
    /// <returns>The first answer that is not transient, or the last one when the attempts run out (or at once, for a request that must not be repeated).</returns>
    public static async Task<HttpAnswer> SendAsync(Func<Task<HttpAnswer>> attempt, bool idempotent, JamfClientOptions options, CancellationToken cancel)
    {
        for (var attempts = 1; ; attempts++)
        {
            var answer = await attempt().ConfigureAwait(false);
            if (!answer.IsTransient || !idempotent || attempts >= options.Retry.MaxAttempts)
            {
                return answer;
            }

            var wait = options.Retry.DelayBefore(attempts, answer.RetryAfter, options.UnitRandom());
            await options.Delay(wait, cancel).ConfigureAwait(false);
        }
    }
}
