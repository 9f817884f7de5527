using System.Globalization;

namespace ProfileAsCode.PropertyList.Xml;

/// <summary>
/// Formats a <c>&lt;real&gt;</c> exactly as CoreFoundation does
/// (<c>__CFNumberCopyFormattingDescriptionAsFloat64</c> in CFNumber.c, swift-corelibs-foundation):
/// NaN is <c>nan</c>, infinities are <c>+infinity</c>/<c>-infinity</c>, both zeros are <c>0.0</c>
/// (so -0.0 loses its sign in XML, as it does on a Mac), and everything else is C's
/// <c>printf("%.17g")</c>.
/// </summary>
/// <remarks>
/// What <c>%.17g</c> means, and why the output is not .NET's "R"/"G17":
/// C picks the style from the decimal exponent X of the value rounded to 17 significant digits.
/// If −4 ≤ X &lt; 17 it prints fixed notation with 16 − X decimals, otherwise exponential notation
/// with 16 decimals; then (no '#' flag) it strips trailing zeros and a trailing decimal point.
/// The exponent has a sign and at least two digits. Hence:
/// <list type="bullet">
/// <item>1.0 → <c>1</c> and 100.0 → <c>100</c>: integral reals carry no ".0" (only zero is special-cased
///   to <c>0.0</c>). Every reader, CF's included, parses <c>&lt;real&gt;1&lt;/real&gt;</c> back as 1.0 because
///   the element, not the text, says "real".</item>
/// <item>1e16 → <c>10000000000000000</c> (X = 16 &lt; 17) but 1e17 and 1e20 → <c>1e+17</c>, <c>1e+20</c>.</item>
/// <item>0.1 → <c>0.10000000000000001</c> (17 digits show the binary approximation), 1.5e-5 → <c>1.5e-05</c>,
///   5e-324 → <c>4.9406564584124654e-324</c>.</item>
/// </list>
/// .NET's "E16" format yields exactly the 17 correctly rounded significant digits C uses (IEEE-exact
/// formatting since .NET Core 3.0); the tests compare this against Python's <c>'%.17g' % x</c>, which
/// follows C, for thousands of doubles.
/// </remarks>
internal static class RealFormatter
{
    private const int Precision = 17;

    public static string Format(double value)
    {
        Span<char> buffer = stackalloc char[32];
        var length = Format(value, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Writes the CF text of <paramref name="value"/> (always ASCII) and returns its length; needs 32 chars.</summary>
    public static int Format(double value, Span<char> destination)
    {
        if (double.IsNaN(value))
        {
            return Copy("nan", destination);
        }

        if (double.IsInfinity(value))
        {
            return Copy(value > 0 ? "+infinity" : "-infinity", destination);
        }

        if (value == 0)
        {
            return Copy("0.0", destination);
        }

        // "E16" gives [-]d.dddddddddddddddd E±ddd: the 17 significant digits and the exponent.
        Span<char> scientific = stackalloc char[32];
        value.TryFormat(scientific, out var written, "E16", CultureInfo.InvariantCulture);
        scientific = scientific[..written];

        var negative = scientific[0] == '-';
        var mantissa = scientific.Slice(negative ? 1 : 0, Precision + 1); // d.dddd… (18 chars)
        var exponent = int.Parse(scientific[(scientific.IndexOf('E') + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        Span<char> digits = stackalloc char[Precision];
        digits[0] = mantissa[0];
        mantissa[2..].CopyTo(digits[1..]);
        var significant = digits.TrimEnd('0').Length; // at least 1: the leading digit of a non-zero value is non-zero

        var position = 0;
        if (negative)
        {
            destination[position++] = '-';
        }

        if (exponent < -4 || exponent >= Precision)
        {
            destination[position++] = digits[0];
            if (significant > 1)
            {
                destination[position++] = '.';
                digits[1..significant].CopyTo(destination[position..]);
                position += significant - 1;
            }

            destination[position++] = 'e';
            destination[position++] = exponent < 0 ? '-' : '+';
            var magnitude = Math.Abs(exponent);
            if (magnitude < 10)
            {
                destination[position++] = '0';
            }

            magnitude.TryFormat(destination[position..], out var exponentLength, default, CultureInfo.InvariantCulture);
            return position + exponentLength;
        }

        if (exponent >= 0)
        {
            // Integer part: digits[0..exponent]; the fraction follows only if significant digits remain.
            digits[..(exponent + 1)].CopyTo(destination[position..]);
            position += exponent + 1;
            if (significant > exponent + 1)
            {
                destination[position++] = '.';
                digits[(exponent + 1)..significant].CopyTo(destination[position..]);
                position += significant - exponent - 1;
            }

            return position;
        }

        destination[position++] = '0';
        destination[position++] = '.';
        destination.Slice(position, -exponent - 1).Fill('0');
        position += -exponent - 1;
        digits[..significant].CopyTo(destination[position..]);
        return position + significant;
    }

    private static int Copy(string text, Span<char> destination)
    {
        text.CopyTo(destination);
        return text.Length;
    }
}
