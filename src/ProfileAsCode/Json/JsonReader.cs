using System.Text;

namespace ProfileAsCode.Json;

/// <summary>
/// A strict RFC 8259 reader for the JSON files admins export from Microsoft Entra ID: one value,
/// whitespace only where the grammar allows it (space, tab, LF, CR), no comments, no trailing commas,
/// no NaN or Infinity, no single quotes, and nothing after the value.
/// </summary>
/// <remarks>
/// Decisions where RFC 8259 leaves room (each refused with line and column, as
/// <see cref="JsonFormatException"/>):
/// <list type="bullet">
/// <item>A member name that occurs twice in one object (compared ordinally) is refused: §4 says
/// receivers then behave unpredictably, Microsoft Graph never writes one, and a hand-edited duplicate
/// hides which value counts.</item>
/// <item>A lone surrogate, escaped (<c>"\uD800"</c>) or raw, is refused (§8.2): strings are always valid
/// Unicode.</item>
/// <item>Numbers are kept as text (§6 sets no range); converting is the caller's choice.</item>
/// <item>Every bound of <see cref="JsonLimits"/> (input size, depth, string length, members per
/// object, values in all) is refused the moment it is crossed.</item>
/// </list>
/// Bytes are decoded first by <see cref="JsonTextDecoder"/> (UTF-8 with or without BOM, UTF-16 with BOM).
/// The reader is linear in the input and recursive only to <see cref="JsonLimits.MaxDepth"/>.
/// </remarks>
internal sealed class JsonReader
{
    private readonly string text;
    private readonly JsonLimits limits;
    private int pos;
    private int depth;
    private int values;
    private StringBuilder? scratch;

    private JsonReader(string text, JsonLimits limits, int start)
    {
        this.text = text;
        this.limits = limits;
        pos = start;
    }

    public static JsonValue Parse(byte[] bytes, JsonLimits? limits = null)
    {
        var bounds = limits ?? JsonLimits.Default;
        return Parse(JsonTextDecoder.Decode(bytes, bounds), bounds);
    }

    /// <summary>Reads decoded text (for example an editor's buffer); a leading U+FEFF is skipped.</summary>
    public static JsonValue Parse(string text, JsonLimits? limits = null)
    {
        var bounds = limits ?? JsonLimits.Default;
        if (text.Length > bounds.MaxInputBytes)
        {
            throw new JsonFormatException("the input is " + text.Length + " characters; at most " + bounds.MaxInputBytes + " are read.", 1, 1);
        }

        var reader = new JsonReader(text, bounds, text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
        reader.SkipWhitespace();
        if (reader.AtEnd)
        {
            throw reader.Fail("the input holds no JSON value.");
        }

        var value = reader.ReadValue();
        reader.SkipWhitespace();
        if (!reader.AtEnd)
        {
            throw reader.Fail("unexpected " + reader.Found() + " after the JSON value; a file holds exactly one value.");
        }

        return value;
    }

    private bool AtEnd => pos >= text.Length;

    private JsonValue ReadValue()
    {
        if (++values > limits.MaxValues)
        {
            throw Fail("the input holds more than " + limits.MaxValues + " values.");
        }

        switch (AtEnd ? '\0' : text[pos])
        {
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
            case '"':
                return new JsonString(ReadString("string"));
            case 't':
                return ReadLiteral("true", JsonLiteral.True);
            case 'f':
                return ReadLiteral("false", JsonLiteral.False);
            case 'n':
                return ReadLiteral("null", JsonLiteral.Null);
            case '-':
            case >= '0' and <= '9':
                return ReadNumber();
            default:
                throw Fail("expected a value (object, array, string, number, true, false or null), found " + Found() + ".");
        }
    }

    private JsonObject ReadObject()
    {
        Enter();
        pos++; // '{'
        var members = new List<JsonMember>();
        HashSet<string>? names = null;
        SkipWhitespace();
        if (Peek() == '}')
        {
            pos++;
            depth--;
            return new JsonObject(members);
        }

        while (true)
        {
            if (Peek() != '"')
            {
                throw Fail("expected a member name in double quotes, found " + Found() + ".");
            }

            var nameStart = pos;
            var name = ReadString("member name");
            if (IsDuplicate(name, members, ref names))
            {
                throw FailAt(text, nameStart, "the member name '" + JsonDisplay.Shown(name) + "' occurs twice in one object.");
            }

            if (members.Count == limits.MaxMembers)
            {
                throw FailAt(text, nameStart, "an object has more than " + limits.MaxMembers + " members.");
            }

            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Fail("expected ':' after the member name '" + JsonDisplay.Shown(name) + "', found " + Found() + ".");
            }

            pos++;
            SkipWhitespace();
            members.Add(new JsonMember(name, ReadValue()));
            SkipWhitespace();
            var next = Peek();
            pos++;
            if (next == '}')
            {
                depth--;
                return new JsonObject(members);
            }

            if (next != ',')
            {
                pos--;
                throw Fail("expected ',' or '}' after a member, found " + Found() + ".");
            }

            SkipWhitespace();
        }
    }

    private JsonArray ReadArray()
    {
        Enter();
        pos++; // '['
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            pos++;
            depth--;
            return new JsonArray(items);
        }

        while (true)
        {
            items.Add(ReadValue());
            SkipWhitespace();
            var next = Peek();
            pos++;
            if (next == ']')
            {
                depth--;
                return new JsonArray(items);
            }

            if (next != ',')
            {
                pos--;
                throw Fail("expected ',' or ']' after an array item, found " + Found() + ".");
            }

            SkipWhitespace();
        }
    }

    private void Enter()
    {
        if (++depth > limits.MaxDepth)
        {
            throw Fail("objects and arrays are nested more than " + limits.MaxDepth + " deep.");
        }
    }

    private static bool IsDuplicate(string name, List<JsonMember> members, ref HashSet<string>? names)
    {
        // Small objects (nearly all) are scanned; large ones get a set, so hostile input stays linear.
        if (names is null && members.Count < 16)
        {
            for (var i = 0; i < members.Count; i++)
            {
                if (string.Equals(members[i].Name, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        if (names is null)
        {
            names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in members)
            {
                names.Add(member.Name);
            }
        }

        return !names.Add(name);
    }

    private string ReadString(string what)
    {
        var start = ++pos; // after '"'
        var builder = (StringBuilder?)null;
        var runStart = start;
        while (true)
        {
            if (AtEnd)
            {
                throw FailAt(text, start - 1, "a " + what + " is not closed by '\"'.");
            }

            var c = text[pos];
            var length = (builder?.Length ?? 0) + (pos - runStart);
            if (length > limits.MaxStringLength)
            {
                throw FailAt(text, start - 1, "a " + what + " is longer than " + limits.MaxStringLength + " characters.");
            }

            if (c == '"')
            {
                var result = builder is null ? text.Substring(start, pos - start) : builder.Append(text, runStart, pos - runStart).ToString();
                pos++;
                return result;
            }

            if (c == '\\')
            {
                builder ??= Scratch();
                builder.Append(text, runStart, pos - runStart);
                ReadEscape(builder);
                runStart = pos;
            }
            else if (c < 0x20)
            {
                throw Fail("the control character " + Found() + " must be escaped inside a " + what + ".");
            }
            else if (char.IsHighSurrogate(c) && pos + 1 < text.Length && char.IsLowSurrogate(text[pos + 1]))
            {
                pos += 2;
            }
            else if (char.IsSurrogate(c))
            {
                throw Fail("a lone surrogate inside a " + what + ".");
            }
            else
            {
                pos++;
            }
        }
    }

    private StringBuilder Scratch()
    {
        scratch ??= new StringBuilder();
        scratch.Clear();
        return scratch;
    }

    private void ReadEscape(StringBuilder builder)
    {
        var escapeStart = pos;
        pos++; // '\'
        var c = AtEnd ? '\0' : text[pos++];
        switch (c)
        {
            case '"':
            case '\\':
            case '/':
                builder.Append(c);
                return;
            case 'b':
                builder.Append('\b');
                return;
            case 'f':
                builder.Append('\f');
                return;
            case 'n':
                builder.Append('\n');
                return;
            case 'r':
                builder.Append('\r');
                return;
            case 't':
                builder.Append('\t');
                return;
            case 'u':
                var unit = ReadHex4(escapeStart);
                if (char.IsHighSurrogate(unit))
                {
                    if (pos + 1 < text.Length && text[pos] == '\\' && text[pos + 1] == 'u')
                    {
                        var lowStart = pos;
                        pos += 2;
                        var low = ReadHex4(lowStart);
                        if (char.IsLowSurrogate(low))
                        {
                            builder.Append(unit).Append(low);
                            return;
                        }
                    }

                    throw FailAt(text, escapeStart, "the escape \\u" + ((int)unit).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " is a lone surrogate (a high surrogate must be followed by a \\u escape of a low one).");
                }

                if (char.IsLowSurrogate(unit))
                {
                    throw FailAt(text, escapeStart, "the escape \\u" + ((int)unit).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " is a lone surrogate.");
                }

                builder.Append(unit);
                return;
            default:
                throw FailAt(text, escapeStart, "invalid escape " + JsonDisplay.Shown(text.Substring(escapeStart, Math.Min(2, text.Length - escapeStart))) + " in a string; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.");
        }
    }

    private char ReadHex4(int escapeStart)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = AtEnd ? '\0' : text[pos];
            var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                throw FailAt(text, escapeStart, "a \\u escape needs four hex digits.");
            }

            value = (value << 4) | digit;
            pos++;
        }

        return (char)value;
    }

    private JsonNumber ReadNumber()
    {
        var start = pos;
        if (Peek() == '-')
        {
            pos++;
        }

        if (Peek() == '0')
        {
            pos++;
        }
        else if (!SkipDigits())
        {
            throw Fail("expected a digit in a number, found " + Found() + ".");
        }

        if (Peek() == '.')
        {
            pos++;
            if (!SkipDigits())
            {
                throw Fail("expected a digit after the decimal point, found " + Found() + ".");
            }
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            pos++;
            if (Peek() == '+' || Peek() == '-')
            {
                pos++;
            }

            if (!SkipDigits())
            {
                throw Fail("expected a digit in the exponent, found " + Found() + ".");
            }
        }

        if (pos - start > limits.MaxStringLength)
        {
            throw FailAt(text, start, "a number is longer than " + limits.MaxStringLength + " characters.");
        }

        return new JsonNumber(text.Substring(start, pos - start));
    }

    private bool SkipDigits()
    {
        var start = pos;
        while (!AtEnd && text[pos] >= '0' && text[pos] <= '9')
        {
            pos++;
        }

        return pos > start;
    }

    private JsonLiteral ReadLiteral(string word, JsonLiteral value)
    {
        if (string.CompareOrdinal(text, pos, word, 0, word.Length) != 0)
        {
            throw Fail("expected a value (object, array, string, number, true, false or null), found " + Found() + ".");
        }

        pos += word.Length;
        return value;
    }

    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            var c = text[pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            {
                return;
            }

            pos++;
        }
    }

    private char Peek() => AtEnd ? '\0' : text[pos];

    /// <summary>What stands at the current position, quoted safely, for "found …".</summary>
    private string Found() =>
        AtEnd ? "the end of the input" : "'" + JsonDisplay.Shown(text.Substring(pos, Math.Min(16, text.Length - pos)), 16) + "'";

    private JsonFormatException Fail(string reason) => FailAt(text, pos, reason);

    /// <summary>An exception located at <paramref name="index"/> of <paramref name="text"/> (line breaks: LF, CR LF, CR).</summary>
    internal static JsonFormatException FailAt(string text, int index, string reason)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new JsonFormatException(reason, line, index - lineStart + 1);
    }
}
