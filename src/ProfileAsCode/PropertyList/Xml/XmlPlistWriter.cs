using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Unicode;

namespace ProfileAsCode.PropertyList.Xml;

/// <summary>
/// Writes the XML property list CoreFoundation writes (<c>_CFGenerateXMLPropertyListToData</c> /
/// <c>_CFAppendXML0</c> in CFPropertyList.c, swift-corelibs-foundation), byte for byte, straight into a
/// UTF-8 buffer.
/// </summary>
/// <remarks>
/// One deliberate difference: CF writes a carriage return raw, and every XML parser (plistlib,
/// libplist, .NET) turns it into a line feed on reading (XML 1.0 §2.11), so the value would change
/// silently. We write it as <c>&amp;#13;</c>, which all of them, CF included, read back as CR.
/// Characters XML cannot hold at all are refused with the key path (CF writes them raw and produces
/// a file no parser accepts; plistlib refuses them).
/// </remarks>
internal sealed class XmlPlistWriter
{
    /// <summary>Printable ASCII other than <c>&lt; &gt; &amp;</c>, plus TAB and LF: copied as is.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        "\t\n !\"#$%'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007f");

    private readonly ByteBuffer output;
    private readonly KeyPath path = new();

    private XmlPlistWriter(ByteBuffer output) => this.output = output;

    private static ReadOnlySpan<byte> Header => """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">

        """u8;

    public static byte[] Write(PlistValue root)
    {
        ArgumentNullException.ThrowIfNull(root);
        using var output = new ByteBuffer();
        output.Write(Header);
        new XmlPlistWriter(output).WriteValue(root, 0);
        output.Write("</plist>\n"u8);
        return output.ToArray();
    }

    private void WriteValue(PlistValue value, int depth)
    {
        output.WriteRepeated((byte)'\t', depth);
        switch (value)
        {
            case PlistString text:
                output.Write("<string>"u8);
                WriteEscaped(text.Value, isKey: false);
                output.Write("</string>\n"u8);
                break;
            case PlistDictionary dictionary:
                WriteDictionary(dictionary, depth);
                break;
            case PlistArray array:
                WriteArray(array, depth);
                break;
            case PlistInteger integer:
                output.Write("<integer>"u8);
                WriteInteger(integer.Value);
                output.Write("</integer>\n"u8);
                break;
            case PlistReal real:
                output.Write("<real>"u8);
                WriteReal(real.Value);
                output.Write("</real>\n"u8);
                break;
            case PlistBoolean boolean:
                output.Write(boolean.Value ? "<true/>\n"u8 : "<false/>\n"u8);
                break;
            case PlistDate date:
                output.Write("<date>"u8);
                WriteDate(date.Value);
                output.Write("</date>\n"u8);
                break;
            case PlistData data:
                output.Write("<data>\n"u8);
                WriteBase64Lines(data.Value.AsSpan(), depth);
                output.WriteRepeated((byte)'\t', depth);
                output.Write("</data>\n"u8);
                break;
            default:
                throw new PlistWriteException(path.ToString(), $"unknown value type {value.GetType().Name}.");
        }
    }

    private void WriteDictionary(PlistDictionary dictionary, int depth)
    {
        if (dictionary.Count == 0)
        {
            output.Write("<dict/>\n"u8);
            return;
        }

        CheckDepth(depth);
        output.Write("<dict>\n"u8);
        foreach (var (key, item) in dictionary.Entries)
        {
            path.PushKey(key);
            output.WriteRepeated((byte)'\t', depth + 1);
            output.Write("<key>"u8);
            WriteEscaped(key, isKey: true);
            output.Write("</key>\n"u8);
            WriteValue(item, depth + 1);
            path.Pop();
        }

        output.WriteRepeated((byte)'\t', depth);
        output.Write("</dict>\n"u8);
    }

    private void WriteArray(PlistArray array, int depth)
    {
        if (array.Count == 0)
        {
            output.Write("<array/>\n"u8);
            return;
        }

        CheckDepth(depth);
        output.Write("<array>\n"u8);
        path.PushIndex(0);
        for (var i = 0; i < array.Count; i++)
        {
            path.SetIndex(i);
            WriteValue(array[i], depth + 1);
        }

        path.Pop();
        output.WriteRepeated((byte)'\t', depth);
        output.Write("</array>\n"u8);
    }

    private void CheckDepth(int depth)
    {
        if (depth >= PlistLimits.MaxDepth)
        {
            throw new PlistWriteException(path.ToString(), $"containers nest deeper than {PlistLimits.MaxDepth} levels.");
        }
    }

    /// <summary>CF's <c>_appendEscapedString</c>: only <c>&lt; &gt; &amp;</c> become entities.</summary>
    private void WriteEscaped(string text, bool isKey)
    {
        var i = 0;
        while (i < text.Length)
        {
            var rest = text.AsSpan(i);
            var plain = rest.IndexOfAnyExcept(PlainAscii);
            if (plain < 0)
            {
                plain = rest.Length;
            }

            if (plain > 0)
            {
                Ascii.FromUtf16(rest[..plain], output.GetSpan(plain), out _);
                output.Advance(plain);
                i += plain;
                continue;
            }

            var c = text[i];
            if (c >= 0x80)
            {
                var ascii = rest.IndexOfAnyInRange('\0', '\u007f');
                var count = ascii < 0 ? rest.Length : ascii;
                WriteNonAscii(text, i, count, isKey);
                i += count;
                continue;
            }

            output.Write(c switch
            {
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '&' => "&amp;"u8,
                '\r' => "&#13;"u8,
                _ => throw IllegalCharacter(text, isKey),
            });
            i++;
        }
    }

    private void WriteNonAscii(string text, int start, int count, bool isKey)
    {
        var run = text.AsSpan(start, count);
        var status = Utf8.FromUtf16(run, output.GetSpan(count * 3), out _, out var written, replaceInvalidSequences: false);

        // A lone surrogate stops the transcoder; U+FFFE/U+FFFF transcode fine but are not XML characters.
        if (status != OperationStatus.Done || run.IndexOfAny('\uFFFE', '\uFFFF') >= 0)
        {
            throw IllegalCharacter(text, isKey);
        }

        output.Advance(written);
    }

    /// <summary>The fast paths only notice that something is wrong; <see cref="XmlCharacters"/> says what and where.</summary>
    private PlistWriteException IllegalCharacter(string text, bool isKey)
    {
        var index = XmlCharacters.IndexOfIllegal(text, out var codePoint);
        var what = isKey ? "the key" : "the string";
        return new PlistWriteException(
            path.ToString(),
            $"{what} contains {XmlCharacters.Describe(codePoint)} at index {index}, a character XML 1.0 does not allow, not even escaped. " +
            "Remove it, or store binary content as data (byte[]).");
    }

    private void WriteInteger(Int128 value)
    {
        var destination = output.GetSpan(20);
        var ok = value < 0
            ? Utf8Formatter.TryFormat((long)value, destination, out var written)
            : Utf8Formatter.TryFormat((ulong)value, destination, out written);
        System.Diagnostics.Debug.Assert(ok, "20 bytes hold any 64-bit integer.");
        output.Advance(written);
    }

    private void WriteReal(double value)
    {
        Span<char> text = stackalloc char[32];
        var length = RealFormatter.Format(value, text);
        var destination = output.GetSpan(length);
        Ascii.FromUtf16(text[..length], destination, out _);
        output.Advance(length);
    }

    /// <summary><c>%04d-%02d-%02dT%02d:%02d:%02dZ</c> in UTC; the fraction of a second is dropped, as CF truncates.</summary>
    private void WriteDate(DateTime utc)
    {
        var destination = output.GetSpan(20);
        Digits(destination, 0, utc.Year, 4);
        destination[4] = (byte)'-';
        Digits(destination, 5, utc.Month, 2);
        destination[7] = (byte)'-';
        Digits(destination, 8, utc.Day, 2);
        destination[10] = (byte)'T';
        Digits(destination, 11, utc.Hour, 2);
        destination[13] = (byte)':';
        Digits(destination, 14, utc.Minute, 2);
        destination[16] = (byte)':';
        Digits(destination, 17, utc.Second, 2);
        destination[19] = (byte)'Z';
        output.Advance(20);
    }

    private static void Digits(Span<byte> destination, int start, int value, int width)
    {
        for (var i = start + width - 1; i >= start; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>
    /// CF's <c>_XMLPlistAppendDataUsingBase64</c>: lines of 76 − 8·indent characters, each indented by
    /// the element's depth, the indent capped at 8 tabs (so 12 characters per line from depth 8 on).
    /// </summary>
    private void WriteBase64Lines(ReadOnlySpan<byte> data, int depth)
    {
        var indent = Math.Min(depth, 8);
        var bytesPerLine = (76 - (8 * indent)) / 4 * 3;
        while (!data.IsEmpty)
        {
            var chunk = data[..Math.Min(bytesPerLine, data.Length)];
            output.WriteRepeated((byte)'\t', indent);
            var destination = output.GetSpan(Base64.GetMaxEncodedToUtf8Length(chunk.Length) + 1);
            Base64.EncodeToUtf8(chunk, destination, out _, out var written);
            destination[written] = (byte)'\n';
            output.Advance(written + 1);
            data = data[chunk.Length..];
        }
    }
}
