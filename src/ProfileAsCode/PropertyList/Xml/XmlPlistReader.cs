using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ProfileAsCode.PropertyList.Xml;

/// <summary>
/// Reads XML property lists as Apple, Jamf Pro, Xcode and Python write them, and nothing else.
/// </summary>
/// <remarks>
/// Accepted: an optional UTF-8 BOM, the <c>&lt;?xml?&gt;</c> declaration (any attribute order or quotes;
/// encoding UTF-8 or US-ASCII), comments and processing instructions between elements, a DOCTYPE
/// without internal subset, indentation anywhere (Jamf indents the root), CRLF or CR line ends,
/// <c>&lt;string/&gt;</c>, <c>&lt;data/&gt;</c>, data with any whitespace or inline, CDATA sections and the five
/// predefined entities / character references in text, attributes on elements (ignored).
/// <para>
/// Refused, each with line and column: a DTD internal subset (so no entity declarations, no
/// expansion, no external entities: nothing is ever fetched), any other entity reference, characters
/// XML 1.0 forbids, invalid UTF-8 or UTF-16 input, unknown elements, text between elements, a
/// missing or second root value, a repeated dict key (CF and plistlib silently keep the last one,
/// which hides a mistake in a profile), and nesting deeper than <see cref="PlistLimits.MaxDepth"/>.
/// </para>
/// <para>Value text is parsed by <see cref="XmlValueText"/>.</para>
/// </remarks>
internal ref struct XmlPlistReader
{
    private static readonly SearchValues<byte> TextSpecials = SearchValues.Create("<&\r"u8);
    private static readonly SearchValues<byte> ForbiddenControls = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0xB, 0xC, 0xE, 0xF, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    private readonly ReadOnlySpan<byte> input;
    private int pos;

    private XmlPlistReader(ReadOnlySpan<byte> input) => this.input = input;

    private enum Tag
    {
        Unknown,
        Plist,
        Dict,
        Array,
        Key,
        String,
        Integer,
        Real,
        True,
        False,
        Date,
        Data,
    }

    /// <summary>The element names, in <see cref="Tag"/> order (an unknown name is read from the input).</summary>
    private static readonly string[] TagNames = ["", "plist", "dict", "array", "key", "string", "integer", "real", "true", "false", "date", "data"];

    /// <summary>U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.</summary>
    private static ReadOnlySpan<byte> NoncharacterPrefix => [0xEF, 0xBF];

    private bool AtEnd => pos >= input.Length;

    private ReadOnlySpan<byte> Rest => input[pos..];

    public static PlistValue Read(ReadOnlySpan<byte> input)
    {
        if (input is [0xEF, 0xBB, 0xBF, ..])
        {
            input = input[3..];
        }

        if (input is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..])
        {
            throw new PlistFormatException("the input is UTF-16; only UTF-8 XML property lists are supported (convert with 'plutil -convert xml1').", 1, 1);
        }

        var reader = new XmlPlistReader(input);
        reader.CheckCharacters();
        return reader.ReadDocument();
    }

    private PlistValue ReadDocument()
    {
        SkipWhitespace();
        if (Rest.StartsWith("<?xml"u8) && Rest.Length > 5 && (IsWhitespace(Rest[5]) || Rest[5] == '?'))
        {
            ReadXmlDeclaration();
        }

        var sawDoctype = false;
        while (true)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                throw Fail("expected the <plist> element, found the end of the input.");
            }

            if (Rest.StartsWith("<!--"u8))
            {
                SkipComment();
            }
            else if (Rest.StartsWith("<!DOCTYPE"u8) && !sawDoctype)
            {
                ReadDoctype();
                sawDoctype = true;
            }
            else if (Rest.StartsWith("<?"u8))
            {
                SkipProcessingInstruction();
            }
            else if (Rest.StartsWith("<!"u8))
            {
                throw Fail($"expected the <plist> element, found '{Preview()}'; only one DOCTYPE and comments may precede it.");
            }
            else if (input[pos] == '<')
            {
                break;
            }
            else
            {
                throw Fail($"expected '<' starting the <plist> element, found '{Preview()}'. Is this an XML property list?");
            }
        }

        var rootAt = pos;
        var (tag, empty) = ReadStartTag(out var name);
        if (tag != Tag.Plist)
        {
            throw Fail($"expected the <plist> element, found <{name}>.", rootAt);
        }

        if (empty)
        {
            throw Fail("<plist/> holds no value; expected one value such as <dict> inside <plist>.", rootAt);
        }

        var root = ReadValue(0, null);
        SkipMisc();
        if (!Rest.StartsWith("</"u8))
        {
            throw Fail($"expected </plist> after the root value (a plist holds exactly one value), found '{Preview()}'.");
        }

        ExpectEndTag("plist");
        while (true)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                return root;
            }

            if (Rest.StartsWith("<!--"u8))
            {
                SkipComment();
            }
            else if (Rest.StartsWith("<?"u8))
            {
                SkipProcessingInstruction();
            }
            else
            {
                throw Fail($"expected the end of the document after </plist>, found '{Preview()}'.");
            }
        }
    }

    // key: the dict key this value belongs to (null inside <plist> or an array); only used in messages.
    private PlistValue ReadValue(int depth, string? key)
    {
        var where = new Where(depth, key);
        SkipMisc();
        if (AtEnd)
        {
            throw Fail($"expected a value {where}, found the end of the input.");
        }

        if (input[pos] != '<')
        {
            throw Fail($"expected a value element such as <string> {where}, found text '{Preview()}'.");
        }

        var at = pos;
        if (Rest.StartsWith("</"u8))
        {
            throw Fail($"expected a value {where}, found '{Preview()}'.");
        }

        var (tag, empty) = ReadStartTag(out var name);
        switch (tag)
        {
            case Tag.Dict:
                return empty ? PlistDictionary.Empty : ReadDictionary(depth + 1, at);
            case Tag.Array:
                return empty ? PlistArray.Empty : ReadArray(depth + 1, at);
            case Tag.String:
                return new PlistString(empty ? string.Empty : ReadTextAndEndTag("string"));
            case Tag.Data:
                return empty ? new PlistData(ReadOnlySpan<byte>.Empty) : ParseData(ReadTextAndEndTag("data"), at);
            case Tag.True or Tag.False:
                if (!empty)
                {
                    ExpectEndTag(name);
                }

                return PlistBoolean.From(tag == Tag.True);
            case Tag.Integer or Tag.Real or Tag.Date:
                if (empty)
                {
                    throw Fail($"<{name}/> is empty; a {name} needs a value.", at);
                }

                var text = ReadTextAndEndTag(name);
                return tag switch
                {
                    Tag.Integer => ParseInteger(text, at),
                    Tag.Real => ParseReal(text, at),
                    _ => ParseDate(text, at),
                };
            case Tag.Key:
                throw Fail($"expected a value {where}, found <key>; keys belong directly inside <dict>.", at);
            default:
                throw Fail($"expected a value element (dict, array, string, integer, real, true, false, date, data) {where}, found <{name}>.", at);
        }
    }

    private PlistDictionary ReadDictionary(int depth, int openedAt)
    {
        CheckDepth(depth, openedAt);
        var entries = new List<KeyValuePair<string, PlistValue>>();
        List<int>? keyOffsets = null;
        while (true)
        {
            SkipMisc();
            if (AtEnd)
            {
                throw Fail("expected <key> or </dict>, found the end of the input.");
            }

            if (Rest.StartsWith("</"u8))
            {
                ExpectEndTag("dict");
                break;
            }

            var at = pos;
            if (input[pos] != '<')
            {
                throw Fail($"expected <key> or </dict>, found text '{Preview()}'.");
            }

            var (tag, empty) = ReadStartTag(out var name);
            if (tag != Tag.Key)
            {
                throw Fail($"expected <key> or </dict>, found <{name}>.", at);
            }

            var key = empty ? string.Empty : ReadTextAndEndTag("key");
            (keyOffsets ??= []).Add(at);
            entries.Add(new(key, ReadValue(depth, key)));
        }

        var dictionary = PlistDictionary.TryCreate(entries, out var duplicate);
        if (dictionary is null)
        {
            throw Fail(
                $"the key '{entries[duplicate].Key}' appears twice in one <dict>. Remove one of them: readers disagree on which one wins.",
                keyOffsets![duplicate]);
        }

        return dictionary;
    }

    private PlistArray ReadArray(int depth, int openedAt)
    {
        CheckDepth(depth, openedAt);
        var items = new List<PlistValue>();
        while (true)
        {
            SkipMisc();
            if (Rest.StartsWith("</"u8))
            {
                ExpectEndTag("array");
                return new PlistArray(items);
            }

            items.Add(ReadValue(depth, null));
        }
    }

    private readonly void CheckDepth(int depth, int at)
    {
        if (depth > PlistLimits.MaxDepth)
        {
            throw Fail($"containers nest deeper than {PlistLimits.MaxDepth} levels.", at);
        }
    }

    /// <summary>Reads a start tag at '&lt;' and classifies it; attributes are checked for form and ignored.</summary>
    private (Tag Tag, bool Empty) ReadStartTag(out string name)
    {
        var at = pos;
        pos++;
        var nameBytes = ReadName();
        if (nameBytes.IsEmpty)
        {
            throw Fail($"malformed tag '{Preview(at)}'.", at);
        }

        // Only an unknown name needs decoding (for the error message); known ones come from the table.
        var tag = Classify(nameBytes);
        name = tag == Tag.Unknown ? Encoding.UTF8.GetString(nameBytes) : TagNames[(int)tag];
        while (true)
        {
            var hadSpace = SkipWhitespace();
            if (AtEnd)
            {
                throw Fail($"the tag <{name}> is not closed with '>'.", at);
            }

            if (input[pos] == '>')
            {
                pos++;
                return (tag, false);
            }

            if (Rest.StartsWith("/>"u8))
            {
                pos += 2;
                return (tag, true);
            }

            if (!hadSpace || ReadName().IsEmpty)
            {
                throw Fail($"malformed tag <{name}>: expected an attribute, '>' or '/>', found '{Preview()}'.");
            }

            SkipWhitespace();
            Expect((byte)'=', "'=' after the attribute name");
            SkipWhitespace();
            ReadQuoted("attribute value");
        }
    }

    private void ExpectEndTag(string name)
    {
        var at = pos;
        if (!Rest.StartsWith("</"u8))
        {
            throw Fail($"expected </{name}>, found '{Preview()}'.");
        }

        pos += 2;
        var found = ReadName();
        SkipWhitespace();
        if (!Ascii.Equals(found, name) || AtEnd || input[pos] != '>')
        {
            throw Fail($"expected </{name}>, found '{Preview(at)}'.", at);
        }

        pos++;
    }

    /// <summary>
    /// Reads character data up to the end tag <paramref name="name"/>: entities and character
    /// references resolved, CDATA taken literally, comments dropped, CRLF and CR turned into LF.
    /// </summary>
    private string ReadTextAndEndTag(string name)
    {
        var rest = Rest;
        var special = rest.IndexOfAny(TextSpecials);
        if (special >= 0 && rest[special] == '<' && special + 1 < rest.Length && rest[special + 1] == '/')
        {
            var text = Encoding.UTF8.GetString(rest[..special]);
            pos += special;
            ExpectEndTag(name);
            return text;
        }

        var builder = new StringBuilder();
        while (true)
        {
            rest = Rest;
            special = rest.IndexOfAny(TextSpecials);
            if (special < 0)
            {
                throw Fail($"<{name}> is not closed: expected </{name}>, found the end of the input.");
            }

            if (special > 0)
            {
                builder.Append(Encoding.UTF8.GetString(rest[..special]));
                pos += special;
            }

            switch (input[pos])
            {
                case (byte)'\r':
                    builder.Append('\n');
                    pos += Rest.StartsWith("\r\n"u8) ? 2 : 1;
                    break;
                case (byte)'&':
                    AppendReference(builder);
                    break;
                default:
                    if (Rest.StartsWith("</"u8))
                    {
                        ExpectEndTag(name);
                        return builder.ToString();
                    }

                    if (Rest.StartsWith("<!--"u8))
                    {
                        SkipComment();
                    }
                    else if (Rest.StartsWith("<![CDATA["u8))
                    {
                        AppendCData(builder);
                    }
                    else if (Rest.StartsWith("<?"u8))
                    {
                        SkipProcessingInstruction();
                    }
                    else
                    {
                        throw Fail($"expected text or </{name}>, found '{Preview()}'; <{name}> holds text only.");
                    }

                    break;
            }
        }
    }

    private void AppendReference(StringBuilder builder)
    {
        var at = pos;
        var end = Rest[..Math.Min(Rest.Length, 12)].IndexOf((byte)';');
        if (end < 2)
        {
            throw Fail("'&' must start an entity such as &amp; (write a literal ampersand as &amp;).", at);
        }

        var name = Rest[1..end];
        pos += end + 1;
        var predefined = name switch
        {
            _ when name.SequenceEqual("amp"u8) => '&',
            _ when name.SequenceEqual("lt"u8) => '<',
            _ when name.SequenceEqual("gt"u8) => '>',
            _ when name.SequenceEqual("quot"u8) => '"',
            _ when name.SequenceEqual("apos"u8) => '\'',
            _ => '\0',
        };
        if (predefined != '\0')
        {
            builder.Append(predefined);
            return;
        }

        if (name[0] != '#')
        {
            throw Fail($"unknown entity '&{Encoding.UTF8.GetString(name)};': property lists allow only &amp; &lt; &gt; &quot; &apos; and character references (DTD entities are refused).", at);
        }

        var hex = name.Length > 1 && (name[1] == 'x' || name[1] == 'X');
        var digits = name[(hex ? 2 : 1)..];
        var value = 0;
        foreach (var b in digits)
        {
            var digit = b is >= (byte)'0' and <= (byte)'9' ? b - '0'
                : hex && b is >= (byte)'a' and <= (byte)'f' ? b - 'a' + 10
                : hex && b is >= (byte)'A' and <= (byte)'F' ? b - 'A' + 10
                : -1;
            if (digit < 0 || value > 0x10FFFF)
            {
                value = -1;
                break;
            }

            value = (value * (hex ? 16 : 10)) + digit;
        }

        if (digits.IsEmpty || value < 0 || !XmlCharacters.IsLegal(value))
        {
            throw Fail($"the character reference '&{Encoding.ASCII.GetString(name)};' does not name a character XML 1.0 allows.", at);
        }

        Span<char> utf16 = stackalloc char[2];
        builder.Append(utf16[..new Rune(value).EncodeToUtf16(utf16)]);
    }

    private void AppendCData(StringBuilder builder)
    {
        var at = pos;
        pos += 9;
        var end = Rest.IndexOf("]]>"u8);
        if (end < 0)
        {
            throw Fail("the CDATA section is not closed with ']]>'.", at);
        }

        builder.Append(Encoding.UTF8.GetString(Rest[..end]).ReplaceLineEndings("\n"));
        pos += end + 3;
    }

    private void ReadXmlDeclaration()
    {
        var at = pos;
        var end = Rest.IndexOf("?>"u8);
        if (end < 0)
        {
            throw Fail("the XML declaration is not closed with '?>'.", at);
        }

        var declaration = Encoding.UTF8.GetString(Rest[..end]);
        var encoding = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (encoding >= 0)
        {
            var value = declaration[(encoding + 8)..].TrimStart(' ', '\t', '\r', '\n', '=').TrimStart('"', '\'');
            var name = value[..Math.Max(0, value.IndexOfAny(['"', '\'']))];
            if (!name.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) && !name.Equals("UTF8", StringComparison.OrdinalIgnoreCase)
                && !name.Equals("US-ASCII", StringComparison.OrdinalIgnoreCase))
            {
                throw Fail($"the document declares encoding '{name}'; only UTF-8 property lists are supported.", at);
            }
        }

        pos += end + 2;
    }

    /// <summary>
    /// Accepts <c>&lt;!DOCTYPE name [PUBLIC "id" "uri" | SYSTEM "uri"]&gt;</c>. An internal subset
    /// (<c>[ … ]</c>) is refused outright: that is where entity declarations (billion laughs, XXE) live,
    /// and Apple's plutil and recent plistlib refuse them too (reference §2.4).
    /// </summary>
    private void ReadDoctype()
    {
        var at = pos;
        pos += 9;
        if (!SkipWhitespace() || ReadName().IsEmpty)
        {
            throw Fail("malformed DOCTYPE: expected a name such as 'plist'.", at);
        }

        SkipWhitespace();
        if (Rest.StartsWith("PUBLIC"u8))
        {
            pos += 6;
            SkipWhitespace();
            ReadQuoted("public identifier");
            SkipWhitespace();
            ReadQuoted("system identifier");
        }
        else if (Rest.StartsWith("SYSTEM"u8))
        {
            pos += 6;
            SkipWhitespace();
            ReadQuoted("system identifier");
        }

        SkipWhitespace();
        if (!AtEnd && input[pos] == '[')
        {
            throw Fail("the DOCTYPE has an internal subset ('['); entity and other declarations are not allowed in a property list.");
        }

        Expect((byte)'>', "'>' closing the DOCTYPE");
    }

    private void ReadQuoted(string what)
    {
        if (AtEnd || (input[pos] != '"' && input[pos] != '\''))
        {
            throw Fail($"expected a quoted {what}, found '{Preview()}'.");
        }

        var quote = input[pos];
        var end = Rest[1..].IndexOf(quote);
        if (end < 0 || Rest[1..(end + 1)].Contains((byte)'<'))
        {
            throw Fail($"the {what} is not closed with {(char)quote}.");
        }

        pos += end + 2;
    }

    private void SkipComment()
    {
        var at = pos;
        var end = Rest[4..].IndexOf("-->"u8);
        if (end < 0)
        {
            throw Fail("the comment is not closed with '-->'.", at);
        }

        pos += 4 + end + 3;
    }

    private void SkipProcessingInstruction()
    {
        var at = pos;
        if (Rest.StartsWith("<?xml"u8) && Rest.Length > 5 && (IsWhitespace(Rest[5]) || Rest[5] == '?'))
        {
            throw Fail("the XML declaration must come first in the document.", at);
        }

        var end = Rest.IndexOf("?>"u8);
        if (end < 0)
        {
            throw Fail("the processing instruction is not closed with '?>'.", at);
        }

        pos += end + 2;
    }

    /// <summary>Skips whitespace, comments and processing instructions between elements.</summary>
    private void SkipMisc()
    {
        while (true)
        {
            SkipWhitespace();
            if (Rest.StartsWith("<!--"u8))
            {
                SkipComment();
            }
            else if (Rest.StartsWith("<?"u8))
            {
                SkipProcessingInstruction();
            }
            else
            {
                return;
            }
        }
    }

    private bool SkipWhitespace()
    {
        var start = pos;
        while (pos < input.Length && IsWhitespace(input[pos]))
        {
            pos++;
        }

        return pos > start;
    }

    private ReadOnlySpan<byte> ReadName()
    {
        var start = pos;
        while (pos < input.Length && IsNameByte(input[pos]))
        {
            pos++;
        }

        return input[start..pos];
    }

    private void Expect(byte expected, string what)
    {
        if (AtEnd || input[pos] != expected)
        {
            throw Fail($"expected {what}, found '{Preview()}'.");
        }

        pos++;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    private static bool IsNameByte(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'_' or (byte)':' or (byte)'.' or (byte)'-' or >= 0x80;

    private static Tag Classify(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("dict"u8) => Tag.Dict,
        _ when name.SequenceEqual("key"u8) => Tag.Key,
        _ when name.SequenceEqual("string"u8) => Tag.String,
        _ when name.SequenceEqual("array"u8) => Tag.Array,
        _ when name.SequenceEqual("integer"u8) => Tag.Integer,
        _ when name.SequenceEqual("true"u8) => Tag.True,
        _ when name.SequenceEqual("false"u8) => Tag.False,
        _ when name.SequenceEqual("real"u8) => Tag.Real,
        _ when name.SequenceEqual("date"u8) => Tag.Date,
        _ when name.SequenceEqual("data"u8) => Tag.Data,
        _ when name.SequenceEqual("plist"u8) => Tag.Plist,
        _ => Tag.Unknown,
    };

    /// <summary>Rejects invalid UTF-8 and characters XML 1.0 forbids anywhere in the document, in one vectorised pass.</summary>
    private readonly void CheckCharacters()
    {
        if (!Utf8.IsValid(input))
        {
            var offset = 0;
            while (Rune.DecodeFromUtf8(input[offset..], out _, out var consumed) == OperationStatus.Done)
            {
                offset += consumed;
            }

            throw Fail($"the input is not valid UTF-8 (byte 0x{input[offset]:X2}).", offset);
        }

        var control = input.IndexOfAny(ForbiddenControls);
        var noncharacter = -1;
        for (var from = 0; from < input.Length;)
        {
            var lead = input[from..].IndexOf(NoncharacterPrefix);
            if (lead < 0 || from + lead + 2 >= input.Length)
            {
                break;
            }

            if (input[from + lead + 2] is 0xBE or 0xBF)
            {
                noncharacter = from + lead;
                break;
            }

            from += lead + 2;
        }

        var first = control < 0 ? noncharacter : noncharacter < 0 ? control : Math.Min(control, noncharacter);
        if (first >= 0)
        {
            Rune.DecodeFromUtf8(input[first..], out var rune, out _);
            throw Fail($"the character {XmlCharacters.Describe(rune.Value)} is not allowed in an XML document.", first);
        }
    }

    private readonly PlistInteger ParseInteger(string text, int at) =>
        XmlValueText.ParseInteger(text, out var error) ?? throw Fail($"<integer>{text}</integer> is not a valid integer: {error}.", at);

    private readonly PlistReal ParseReal(string text, int at) =>
        XmlValueText.ParseReal(text) ?? throw Fail($"<real>{text}</real> is not a valid real: expected a decimal number such as 1.5 or -2e10, or nan/inf.", at);

    private readonly PlistDate ParseDate(string text, int at) =>
        XmlValueText.ParseDate(text) ?? throw Fail($"<date>{text}</date> is not a valid date: expected YYYY-MM-DDTHH:MM:SSZ in UTC, e.g. 2026-01-31T12:00:00Z.", at);

    private readonly PlistData ParseData(string text, int at) =>
        XmlValueText.ParseData(text) ?? throw Fail("<data> is not valid base64: expected the characters A-Z a-z 0-9 + / with '=' padding; whitespace is ignored.", at);

    private readonly string Preview() => Preview(pos);

    private readonly string Preview(int at)
    {
        if (at >= input.Length)
        {
            return "end of input";
        }

        var slice = input[at..Math.Min(input.Length, at + 24)];
        var newline = slice.IndexOfAny((byte)'\n', (byte)'\r');
        if (newline > 0)
        {
            slice = slice[..newline];
        }

        // Never cut a multi-byte character in half.
        while (!Utf8.IsValid(slice) && slice.Length > 0)
        {
            slice = slice[..^1];
        }

        return Encoding.UTF8.GetString(slice);
    }

    private readonly PlistFormatException Fail(string message) => Fail(message, pos);

    private readonly PlistFormatException Fail(string message, int at)
    {
        var (line, column) = LineAndColumn(input, Math.Min(at, input.Length));
        return new PlistFormatException(message, line, column);
    }

    /// <summary>1-based line (LF, CRLF and lone CR each end a line) and column (in characters).</summary>
    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> input, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (input[i] == '\n' || (input[i] == '\r' && (i + 1 >= input.Length || input[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            if ((input[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    /// <summary>Where a value was expected, for messages; formatted only when an error is thrown.</summary>
    private readonly record struct Where(int Depth, string? Key)
    {
        public override string ToString() =>
            Key is not null ? $"for the key '{XmlCharacters.Printable(Key)}'"
            : Depth == 0 ? "inside <plist>"
            : "inside <array> (or </array>)";
    }
}
