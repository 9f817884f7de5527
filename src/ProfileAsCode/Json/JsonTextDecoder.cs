using System.Text;

namespace ProfileAsCode.Json;

/// <summary>
/// Turns the bytes of a JSON file into text, strictly. RFC 8259 §8.1 asks for UTF-8 without a BOM;
/// we also take what the admin's tools actually write: UTF-8 with a BOM (PowerShell 7's
/// <c>-Encoding utf8BOM</c>, Notepad), and UTF-16 little- or big-endian with its BOM (Windows
/// PowerShell 5.1's <c>Out-File</c> and <c>&gt;</c> write UTF-16LE with a BOM by default,
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_character_encoding).
/// UTF-16 without a BOM is recognised by its zero bytes, as RFC 4627 §3 describes. UTF-32 and
/// malformed sequences (invalid UTF-8, unpaired UTF-16 surrogates, an odd byte count) are refused with
/// their line and column.
/// </summary>
internal static class JsonTextDecoder
{
    public static string Decode(byte[] bytes, JsonLimits limits)
    {
        if (bytes.Length > limits.MaxInputBytes)
        {
            throw new JsonFormatException("the input is " + bytes.Length + " bytes; at most " + limits.MaxInputBytes + " are read.", 1, 1);
        }

        var n = bytes.Length;
        if (n >= 4 && ((bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0) || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
            || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0) || (bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0)))
        {
            throw new JsonFormatException("the input is UTF-32; save it as UTF-8 (PowerShell: Out-File -Encoding utf8).", 1, 1);
        }

        if (n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Utf8(bytes, 3);
        }

        if (n >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Utf16(bytes, 2, bigEndian: false);
        }

        if (n >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Utf16(bytes, 2, bigEndian: true);
        }

        // JSON text starts with an ASCII character, so a zero byte beside it means UTF-16 (RFC 4627 §3).
        if (n >= 2 && bytes[0] == 0 && bytes[1] != 0)
        {
            return Utf16(bytes, 0, bigEndian: true);
        }

        if (n >= 2 && bytes[0] != 0 && bytes[1] == 0)
        {
            return Utf16(bytes, 0, bigEndian: false);
        }

        return Utf8(bytes, 0);
    }

    private static string Utf8(byte[] bytes, int start)
    {
        var invalid = IndexOfInvalidUtf8(bytes, start);
        if (invalid >= 0)
        {
            var before = Encoding.UTF8.GetString(bytes, start, invalid - start);
            throw JsonReader.FailAt(before, before.Length, "invalid UTF-8 (byte 0x" + bytes[invalid].ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + " at offset " + invalid + "); save the file as UTF-8.");
        }

        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    private static string Utf16(byte[] bytes, int start, bool bigEndian)
    {
        var chars = new char[(bytes.Length - start) / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            var at = start + (2 * i);
            chars[i] = (char)(bigEndian ? (bytes[at] << 8) | bytes[at + 1] : bytes[at] | (bytes[at + 1] << 8));
        }

        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                throw JsonReader.FailAt(new string(chars, 0, i), i, "invalid UTF-16: an unpaired surrogate.");
            }
        }

        var text = new string(chars);
        if ((bytes.Length - start) % 2 != 0)
        {
            throw JsonReader.FailAt(text, text.Length, "invalid UTF-16: the input ends in the middle of a character.");
        }

        return text;
    }

    /// <summary>The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629 §4), or -1.</summary>
    private static int IndexOfInvalidUtf8(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length;
            byte min = 0x80, max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF)
            {
                length = 2;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                length = 3;
                if (b == 0xE0)
                {
                    min = 0xA0; // no overlong forms
                }
                else if (b == 0xED)
                {
                    max = 0x9F; // no surrogates
                }
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                length = 4;
                if (b == 0xF0)
                {
                    min = 0x90;
                }
                else if (b == 0xF4)
                {
                    max = 0x8F; // nothing above U+10FFFF
                }
            }
            else
            {
                return i;
            }

            if (i + length > bytes.Length || bytes[i + 1] < min || bytes[i + 1] > max)
            {
                return i;
            }

            for (var k = 2; k < length; k++)
            {
                if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
                {
                    return i;
                }
            }

            i += length;
        }

        return -1;
    }
}
