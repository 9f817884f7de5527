using System.Globalization;

namespace ProfileAsCode.Signing;

/// <summary>How to sign.</summary>
public sealed record SigningOptions
{
    /// <summary>
    /// The signingTime attribute, and the moment the certificate must be valid at. Null means now.
    /// Give a fixed time (<see cref="FromSourceDateEpoch"/>) for reproducible output; sub-second parts are
    /// dropped because the attribute holds whole seconds.
    /// </summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>The variable reproducible-builds tooling sets to the commit time.</summary>
    public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";

    /// <summary>
    /// The one precedence the build host and the CLI share: an explicit value (an MSBuild property or a
    /// command-line option, named by <paramref name="explicitOrigin"/>) wins, then SOURCE_DATE_EPOCH from the
    /// environment, then the current time. Empty values count as unset.
    /// </summary>
    public static SigningOptions Resolve(string? explicitEpochSeconds, string explicitOrigin)
    {
        if (!string.IsNullOrEmpty(explicitEpochSeconds))
        {
            return FromSourceDateEpoch(explicitEpochSeconds, explicitOrigin);
        }

        var environment = Environment.GetEnvironmentVariable(SourceDateEpochVariable);
        return string.IsNullOrEmpty(environment)
            ? new SigningOptions()
            : FromSourceDateEpoch(environment, $"The environment variable {SourceDateEpochVariable}");
    }

    /// <summary>
    /// The signing time from a SOURCE_DATE_EPOCH-style value (decimal seconds since 1970-01-01 UTC,
    /// https://reproducible-builds.org/specs/source-date-epoch/). <paramref name="origin"/> names where the
    /// value came from (an environment variable or a property) for the error message.
    /// </summary>
    public static SigningOptions FromSourceDateEpoch(string value, string origin)
    {
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds < UtcTimeFirst.ToUnixTimeSeconds() || seconds > UtcTimeLast.ToUnixTimeSeconds())
        {
            throw new SigningException(
                SigningError.InvalidSigningTime, file: null,
                $"{origin} is '{value}', which is not a whole number of seconds since 1970-01-01 between 1950 and 2049.",
                "Set it to the commit time, e.g. $(git log -1 --format=%ct).");
        }

        return new SigningOptions { SigningTime = DateTimeOffset.FromUnixTimeSeconds(seconds) };
    }

    // The signingTime attribute is a UTCTime for these years (RFC 5652 §11.3); Apple's tools never write GeneralizedTime there.
    internal static readonly DateTimeOffset UtcTimeFirst = new(1950, 1, 1, 0, 0, 0, TimeSpan.Zero);
    internal static readonly DateTimeOffset UtcTimeLast = new(2049, 12, 31, 23, 59, 59, TimeSpan.Zero);

    internal DateTimeOffset EffectiveSigningTime(DateTimeOffset now)
    {
        var time = (SigningTime ?? now).ToUniversalTime();
        return new DateTimeOffset(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
