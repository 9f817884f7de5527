using System.Globalization;
using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.Input;

/// <summary>
/// How large an input file the tool reads. Profiles are kilobytes; the largest real ones (many
/// certificates, a big EULA) stay far under a megabyte, so the default of 64 MiB only stops
/// accidents (a disk image, /dev/zero) from filling memory. Raise it with the environment variable
/// <see cref="EnvironmentVariable"/> (e.g. <c>256M</c>) or, for one run, <c>--max-input-size 256M</c>, which wins.
/// </summary>
internal sealed record InputLimits(long MaxFileBytes)
{
    public const long DefaultMaxFileBytes = 64L << 20;

    public const string EnvironmentVariable = "PROFILE_AS_CODE_MAX_INPUT_SIZE";

    public static InputLimits Default { get; } = new(DefaultMaxFileBytes);

    /// <summary>The limits <see cref="EnvironmentVariable"/> sets, or the defaults when it is not set.</summary>
    /// <exception cref="FormatException">The variable is set but is not a size.</exception>
    public static InputLimits FromEnvironment(Func<string, string?>? variables = null)
    {
        var value = (variables ?? Environment.GetEnvironmentVariable)(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(value) ? Default
            : new InputLimits(ParseSize(value) ?? throw new FormatException(
                $"{EnvironmentVariable}={UntrustedText.Quote(value)} is not a size; give bytes, or a number with K, M or G (binary multiples), e.g. 256M"));
    }

    /// <summary>Bytes, or a whole number followed by K, M or G (KiB, MiB, GiB; an optional trailing B or iB); null when it is not one.</summary>
    public static long? ParseSize(string text)
    {
        var span = text.AsSpan().Trim();
        foreach (var unit in new[] { "iB", "B" })
        {
            if (span.Length > unit.Length && span.EndsWith(unit, StringComparison.OrdinalIgnoreCase) && char.IsLetter(span[^(unit.Length + 1)]))
            {
                span = span[..^unit.Length];
                break;
            }
        }

        var shift = span.IsEmpty ? 0 : char.ToUpperInvariant(span[^1]) switch { 'K' => 10, 'M' => 20, 'G' => 30, _ => 0 };
        if (shift > 0)
        {
            span = span[..^1];
        }

        return long.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 && number <= (long.MaxValue >> shift)
            ? number << shift
            : null;
    }

    /// <summary>A size in words for messages: 64 MiB, 1.5 GiB, 900 bytes.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.#", CultureInfo.InvariantCulture) + " GiB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("0.#", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
