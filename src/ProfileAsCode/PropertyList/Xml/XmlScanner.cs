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
internal ref partial struct XmlScanner
{
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

    public readonly bool At(ReadOnlySpan<byte> text) => Rest.StartsWith(text);

    /// <summary>At <c>&lt;?xml</c> followed by whitespace or <c>?</c>: an XML declaration, not a processing instruction named xml-something.</summary>
    public readonly bool AtXmlDeclaration => At("<?xml"u8) && Rest.Length > 5 && (IsWhitespace(Rest[5]) || Rest[5] == '?');

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
