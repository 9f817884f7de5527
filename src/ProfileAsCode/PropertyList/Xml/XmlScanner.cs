using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ProfileAsCode.Text;

namespace ProfileAsCode.PropertyList.Xml;

/// <summary>
/// The XML layer under <see cref="XmlPlistReader"/>: walks UTF-8 bytes and knows tags, text, the
/// prolog, comments, processing instructions, CDATA, the five predefined entities and character
/// references, and where each byte sits (line and column, computed only when asked). It knows no
/// plist element; the reader above it does.
/// </summary>
/// <remarks>
/// Refused by construction: a DTD internal subset (so no entity declarations, no expansion and no
/// external entities: nothing is ever fetched), any entity other than the five predefined ones,
/// invalid UTF-8, characters XML 1.0 forbids (XML 1.0 §2.2), and a declared encoding other than
/// UTF-8 or US-ASCII.
/// </remarks>
internal ref struct XmlScanner
{
    private static readonly SearchValues<byte> TextSpecials = SearchValues.Create("<&\r"u8);
    private static readonly SearchValues<byte> ForbiddenControls = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0xB, 0xC, 0xE, 0xF, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    private readonly ReadOnlySpan<byte> input;

    /// <summary>Reused for text that needs decoding (entities, CR, CDATA), so such text costs one string, not a builder each.</summary>
    private StringBuilder? scratch;

    public XmlScanner(ReadOnlySpan<byte> input) => this.input = input;

    /// <summary>The offset of the next byte to read.</summary>
    public int Position { get; private set; }

    public readonly bool AtEnd => Position >= input.Length;

    /// <summary>The byte at <see cref="Position"/>; only when not <see cref="AtEnd"/>.</summary>
    public readonly byte Current => input[Position];

    public readonly ReadOnlySpan<byte> Rest => input[Position..];

    /// <summary>U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.</summary>
    private static ReadOnlySpan<byte> NoncharacterPrefix => [0xEF, 0xBF];

    public readonly bool At(ReadOnlySpan<byte> text) => Rest.StartsWith(text);

    /// <summary>At <c>&lt;?xml</c> followed by whitespace or <c>?</c>: an XML declaration, not a processing instruction named xml-something.</summary>
    public readonly bool AtXmlDeclaration => At("<?xml"u8) && Rest.Length > 5 && (IsWhitespace(Rest[5]) || Rest[5] == '?');

    /// <summary>Rejects invalid UTF-8 and characters XML 1.0 forbids anywhere in the document, in one vectorised pass.</summary>
    public readonly void CheckCharacters()
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

    /// <summary>Reads a start tag at '&lt;': returns the element name, sets <paramref name="empty"/> for <c>&lt;x/&gt;</c>; attributes are checked for form and ignored.</summary>
    public ReadOnlySpan<byte> ReadStartTag(out bool empty)
    {
        var at = Position;
        Position++;
        var name = ReadName();
        if (name.IsEmpty)
        {
            throw Fail($"malformed tag {Preview(at)}.", at);
        }

        while (true)
        {
            var hadSpace = SkipWhitespace();
            if (AtEnd)
            {
                throw Fail($"the tag <{Name(name)}> is not closed with '>'.", at);
            }

            if (Current == '>')
            {
                Position++;
                empty = false;
                return name;
            }

            if (At("/>"u8))
            {
                Position += 2;
                empty = true;
                return name;
            }

            if (!hadSpace || ReadName().IsEmpty)
            {
                throw Fail($"malformed tag <{Name(name)}>: expected an attribute, '>' or '/>', found {Preview()}.");
            }

            SkipWhitespace();
            Expect((byte)'=', "'=' after the attribute name");
            SkipWhitespace();
            ReadQuoted("attribute value");
        }
    }

    public void ExpectEndTag(string name)
    {
        var at = Position;
        if (!At("</"u8))
        {
            throw Fail($"expected </{name}>, found {Preview()}.");
        }

        Position += 2;
        var found = ReadName();
        SkipWhitespace();
        if (!Ascii.Equals(found, name) || AtEnd || Current != '>')
        {
            throw Fail($"expected </{name}>, found {Preview(at)}.", at);
        }

        Position++;
    }

    /// <summary>
    /// Reads character data up to the end tag <paramref name="name"/>: entities and character
    /// references resolved, CDATA taken literally, comments dropped, CRLF and CR turned into LF.
    /// </summary>
    public string ReadTextAndEndTag(string name)
    {
        var rest = Rest;
        var special = rest.IndexOfAny(TextSpecials);
        if (special >= 0 && rest[special] == '<' && special + 1 < rest.Length && rest[special + 1] == '/')
        {
            var text = Encoding.UTF8.GetString(rest[..special]);
            Position += special;
            ExpectEndTag(name);
            return text;
        }

        var builder = scratch ??= new StringBuilder();
        builder.Clear();
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
                Position += special;
            }

            switch (Current)
            {
                case (byte)'\r':
                    builder.Append('\n');
                    Position += At("\r\n"u8) ? 2 : 1;
                    break;
                case (byte)'&':
                    AppendReference(builder);
                    break;
                default:
                    if (At("</"u8))
                    {
                        ExpectEndTag(name);
                        return builder.ToString();
                    }

                    if (At("<!--"u8))
                    {
                        SkipComment();
                    }
                    else if (At("<![CDATA["u8))
                    {
                        AppendCData(builder);
                    }
                    else if (At("<?"u8))
                    {
                        SkipProcessingInstruction();
                    }
                    else
                    {
                        throw Fail($"expected text or </{name}>, found {Preview()}; <{name}> holds text only.");
                    }

                    break;
            }
        }
    }

    /// <summary>Checks the <c>&lt;?xml … ?&gt;</c> declaration at <see cref="Position"/>: only UTF-8 (or its subset US-ASCII) may be declared.</summary>
    public void ReadXmlDeclaration()
    {
        var at = Position;
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
                throw Fail($"the document declares encoding {UntrustedText.Quote(name)}; only UTF-8 property lists are supported.", at);
            }
        }

        Position += end + 2;
    }

    /// <summary>
    /// Accepts <c>&lt;!DOCTYPE name [PUBLIC "id" "uri" | SYSTEM "uri"]&gt;</c>. An internal subset
    /// (<c>[ … ]</c>) is refused outright: that is where entity declarations (billion laughs, XXE) live.
    /// Apple's property-list DTD declares no entities, so a plist never needs one.
    /// </summary>
    public void ReadDoctype()
    {
        var at = Position;
        Position += 9;
        if (!SkipWhitespace() || ReadName().IsEmpty)
        {
            throw Fail("malformed DOCTYPE: expected a name such as 'plist'.", at);
        }

        SkipWhitespace();
        if (At("PUBLIC"u8))
        {
            Position += 6;
            SkipWhitespace();
            ReadQuoted("public identifier");
            SkipWhitespace();
            ReadQuoted("system identifier");
        }
        else if (At("SYSTEM"u8))
        {
            Position += 6;
            SkipWhitespace();
            ReadQuoted("system identifier");
        }

        SkipWhitespace();
        if (!AtEnd && Current == '[')
        {
            throw Fail("the DOCTYPE has an internal subset ('['); entity and other declarations are not allowed in a property list.");
        }

        Expect((byte)'>', "'>' closing the DOCTYPE");
    }

    public void SkipComment()
    {
        var at = Position;
        var end = Rest[4..].IndexOf("-->"u8);
        if (end < 0)
        {
            throw Fail("the comment is not closed with '-->'.", at);
        }

        Position += 4 + end + 3;
    }

    public void SkipProcessingInstruction()
    {
        var at = Position;
        if (AtXmlDeclaration)
        {
            throw Fail("the XML declaration must come first in the document.", at);
        }

        var end = Rest.IndexOf("?>"u8);
        if (end < 0)
        {
            throw Fail("the processing instruction is not closed with '?>'.", at);
        }

        Position += end + 2;
    }

    /// <summary>Skips whitespace, comments and processing instructions between elements.</summary>
    public void SkipMisc()
    {
        while (true)
        {
            SkipWhitespace();
            if (At("<!--"u8))
            {
                SkipComment();
            }
            else if (At("<?"u8))
            {
                SkipProcessingInstruction();
            }
            else
            {
                return;
            }
        }
    }

    public bool SkipWhitespace()
    {
        var start = Position;
        while (Position < input.Length && IsWhitespace(input[Position]))
        {
            Position++;
        }

        return Position > start;
    }

    /// <summary>The input at <see cref="Position"/>, quoted for a message: up to the line end, at most 24 bytes.</summary>
    public readonly string Preview() => Preview(Position);

    public readonly string Preview(int at)
    {
        if (at >= input.Length)
        {
            return "the end of the input";
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

        return UntrustedText.Quote(Encoding.UTF8.GetString(slice));
    }

    /// <summary>An element name from the input, made safe for a message (only unknown names are ever decoded).</summary>
    public static string Name(ReadOnlySpan<byte> name) =>
        UntrustedText.Escape(Encoding.UTF8.GetString(name[..Math.Min(name.Length, 4 * UntrustedText.DefaultMaxLength)]), UntrustedText.DefaultMaxLength);

    public readonly PlistFormatException Fail(string message) => Fail(message, Position);

    public readonly PlistFormatException Fail(string message, int at)
    {
        var (line, column) = LineAndColumn(input, Math.Min(at, input.Length));
        return new PlistFormatException(message, line, column);
    }

    /// <summary>1-based line (LF, CRLF and lone CR each end a line) and column (in characters) of byte <paramref name="offset"/>.</summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> input, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (EndsLine(input, i))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, ColumnOf(input, lineStart, offset));
    }

    /// <summary>Whether byte <paramref name="i"/> ends a line: LF, or a CR not followed by LF (so CRLF counts once).</summary>
    public static bool EndsLine(ReadOnlySpan<byte> input, int i) =>
        input[i] == '\n' || (input[i] == '\r' && (i + 1 >= input.Length || input[i + 1] != '\n'));

    /// <summary>1-based column, in characters (UTF-8 lead bytes), of <paramref name="offset"/> on the line starting at <paramref name="lineStart"/>.</summary>
    public static int ColumnOf(ReadOnlySpan<byte> input, int lineStart, int offset)
    {
        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            if ((input[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }

    private void AppendReference(StringBuilder builder)
    {
        var at = Position;
        var end = Rest[..Math.Min(Rest.Length, 12)].IndexOf((byte)';');
        if (end < 2)
        {
            throw Fail("'&' must start an entity such as &amp; (write a literal ampersand as &amp;).", at);
        }

        var name = Rest[1..end];
        Position += end + 1;
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
            throw Fail($"unknown entity {UntrustedText.Quote("&" + Encoding.UTF8.GetString(name) + ";")}: property lists allow only &amp; &lt; &gt; &quot; &apos; and character references (DTD entities are refused).", at);
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
            throw Fail($"the character reference {UntrustedText.Quote("&" + Encoding.UTF8.GetString(name) + ";")} does not name a character XML 1.0 allows.", at);
        }

        Span<char> utf16 = stackalloc char[2];
        builder.Append(utf16[..new Rune(value).EncodeToUtf16(utf16)]);
    }

    private void AppendCData(StringBuilder builder)
    {
        var at = Position;
        Position += 9;
        var end = Rest.IndexOf("]]>"u8);
        if (end < 0)
        {
            throw Fail("the CDATA section is not closed with ']]>'.", at);
        }

        builder.Append(Encoding.UTF8.GetString(Rest[..end]).ReplaceLineEndings("\n"));
        Position += end + 3;
    }

    private void ReadQuoted(string what)
    {
        if (AtEnd || (Current != '"' && Current != '\''))
        {
            throw Fail($"expected a quoted {what}, found {Preview()}.");
        }

        var quote = Current;
        var end = Rest[1..].IndexOf(quote);
        if (end < 0 || Rest[1..(end + 1)].Contains((byte)'<'))
        {
            throw Fail($"the {what} is not closed with {(char)quote}.");
        }

        Position += end + 2;
    }

    private ReadOnlySpan<byte> ReadName()
    {
        var start = Position;
        while (Position < input.Length && IsNameByte(input[Position]))
        {
            Position++;
        }

        return input[start..Position];
    }

    private void Expect(byte expected, string what)
    {
        if (AtEnd || Current != expected)
        {
            throw Fail($"expected {what}, found {Preview()}.");
        }

        Position++;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    private static bool IsNameByte(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'_' or (byte)':' or (byte)'.' or (byte)'-' or >= 0x80;
}
