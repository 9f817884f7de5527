using System.Buffers;
using System.Globalization;

namespace ProfileAsCode.PropertyList.Xml;

/// <summary>
/// The text inside <c>&lt;integer&gt;</c>, <c>&lt;real&gt;</c>, <c>&lt;date&gt;</c> and <c>&lt;data&gt;</c>. Each parser returns
/// null when the text is not valid, and the XML reader turns that into an error with line and column.
/// </summary>
/// <remarks>
/// Value syntax, as strict as CoreFoundation's parser (CFPropertyList.c) where it is stricter than
/// plistlib: <c>&lt;integer&gt;</c> is an optional sign and decimal digits, or <c>0x</c>/<c>0X</c> and hex
/// digits (CF accepts hex; plistlib accepts unsigned hex only), surrounding whitespace allowed, range
/// −2^63…2^64−1. <c>&lt;real&gt;</c> is a decimal number with optional fraction and exponent, or one of
/// CF's spellings <c>nan</c>, <c>inf</c>, <c>infinity</c> with optional sign, case-insensitive.
/// <c>&lt;date&gt;</c> must be exactly <c>YYYY-MM-DDTHH:MM:SSZ</c> (CF's <c>parseDateTag</c> demands every
/// field; plistlib's truncated forms are refused). <c>&lt;data&gt;</c> is padded base64; whitespace is
/// ignored, other characters are errors (CF skips them silently).
/// </remarks>
internal static class XmlValueText
{
    private const string XmlWhitespace = " \t\n\r";

    public static PlistInteger? ParseInteger(ReadOnlySpan<char> text, out string? error)
    {
        text = text.Trim(XmlWhitespace);
        const string Syntax = "expected an optional sign and decimal digits, or 0x and hex digits";
        error = null;
        var negative = false;
        if (!text.IsEmpty && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        var hex = text.Length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
        var digits = hex ? text[2..] : text;
        if (digits.IsEmpty)
        {
            error = Syntax;
            return null;
        }

        UInt128 magnitude = 0;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : hex && char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10 : -1;
            if (digit < 0)
            {
                error = Syntax;
                return null;
            }

            magnitude = (magnitude * (uint)(hex ? 16 : 10)) + (uint)digit;
            if (magnitude > ulong.MaxValue)
            {
                break;
            }
        }

        Int128 value = negative ? -(Int128)magnitude : (Int128)magnitude;
        if (magnitude > ulong.MaxValue || value < PlistInteger.MinValue || value > PlistInteger.MaxValue)
        {
            error = "out of range: property-list integers lie between -9223372036854775808 and 18446744073709551615";
            return null;
        }

        return new PlistInteger(value);
    }

    public static PlistReal? ParseReal(ReadOnlySpan<char> text)
    {
        text = text.Trim(XmlWhitespace);
        if (text.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return new PlistReal(double.NaN);
        }

        var unsigned = !text.IsEmpty && text[0] is '+' or '-' ? text[1..] : text;
        if (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return new PlistReal(text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity);
        }

        return IsDecimalReal(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new PlistReal(value)
            : null;
    }

    /// <summary>Exactly <c>YYYY-MM-DDTHH:MM:SSZ</c>, every field present and in range, as CF's parseDateTag requires.</summary>
    public static PlistDate? ParseDate(ReadOnlySpan<char> s)
    {
        if (s.Length == 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == 'Z'
            && TryDigits(s[..4], out var year) && TryDigits(s[5..7], out var month) && TryDigits(s[8..10], out var day)
            && TryDigits(s[11..13], out var hour) && TryDigits(s[14..16], out var minute) && TryDigits(s[17..19], out var second)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && hour <= 23 && minute <= 59 && second <= 59)
        {
            return new PlistDate(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc));
        }

        return null;
    }

    /// <summary>Padded base64; the whitespace XML allows (space, tab, CR, LF) is ignored anywhere.</summary>
    public static PlistData? ParseData(string text)
    {
        // Decoded into a pooled scratch array: PlistData copies the bytes it keeps.
        var buffer = ArrayPool<byte>.Shared.Rent((text.Length / 4 * 3) + 3);
        try
        {
            return Convert.TryFromBase64String(text, buffer, out var written) ? new PlistData(buffer.AsSpan(0, written)) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary><c>[+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?</c></summary>
    private static bool IsDecimalReal(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var mantissaDigits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            mantissaDigits++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                mantissaDigits++;
            }
        }

        if (mantissaDigits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var exponentDigits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
