using System.Globalization;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.JamfPro.Http;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// TEST ONLY: <c>PROFILE_AS_CODE_JAMF_TEST_TIMING</c> shortens the request timeout and the waits between retries, so
/// the tests can run the real tool against a slow test server in seconds rather than minutes. Not for production:
/// Jamf Pro needs the defaults (docs/jamf-pro.md, "Network behaviour"). The value is comma-separated
/// <c>key=value</c> pairs, any of <c>request-timeout-ms</c>, <c>retry-base-ms</c>, <c>retry-max-ms</c> and
/// <c>attempts</c>, e.g. <c>request-timeout-ms=300,retry-base-ms=20,retry-max-ms=100</c>.
/// </summary>
internal static class TestTiming
{
    public const string Variable = "PROFILE_AS_CODE_JAMF_TEST_TIMING";

    private const int MaxMilliseconds = 600_000;

    /// <returns>The client options, with the variable's values when it is set.</returns>
    public static JamfClientOptions FromEnvironment(Func<string, string?>? read = null)
    {
        var text = (read ?? Environment.GetEnvironmentVariable)(Variable);
        return string.IsNullOrWhiteSpace(text) ? JamfClientOptions.Default : Parse(text);
    }

    public static JamfClientOptions Parse(string text)
    {
        var options = JamfClientOptions.Default;
        var retry = options.Retry;
        foreach (var pair in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k.Trim(), v.Trim()) : (pair, "");
            switch (key)
            {
                case "request-timeout-ms":
                    options = options with { RequestTimeout = Milliseconds(key, value) };
                    break;
                case "retry-base-ms":
                    retry = retry with { BaseDelay = Milliseconds(key, value) };
                    break;
                case "retry-max-ms":
                    retry = retry with { MaxDelay = Milliseconds(key, value) };
                    break;
                case "attempts":
                    retry = retry with { MaxAttempts = Number(key, value, 1, 10) };
                    break;
                default:
                    throw Bad($"{Printable.Quote(key)} is not one of request-timeout-ms, retry-base-ms, retry-max-ms, attempts");
            }
        }

        return options with { Retry = retry };
    }

    private static TimeSpan Milliseconds(string key, string value) => TimeSpan.FromMilliseconds(Number(key, value, 1, MaxMilliseconds));

    private static int Number(string key, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw Bad($"{key} is {Printable.Quote(value)}; give a whole number from {min} to {max}");

    private static CliException Bad(string problem) => new($"{Variable} (test only): {problem}; or unset it");
}
