using System.Buffers;
using System.Text;
using ProfileAsCode.Text;

namespace ProfileAsCode.PropertyList.Xml;

/// <summary>Character data: text, the five predefined entities, character references and CDATA (XML 1.0 §2.4, §2.7, §4.1).</summary>
internal ref partial struct XmlScanner
{
    private static readonly SearchValues<byte> TextSpecials = SearchValues.Create("<&\r"u8);

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
}
