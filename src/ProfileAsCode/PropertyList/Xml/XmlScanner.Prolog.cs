using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ProfileAsCode.Text;

namespace ProfileAsCode.PropertyList.Xml;

/// <summary>What surrounds the elements: the character check, the XML declaration, the DOCTYPE, comments and processing instructions.</summary>
internal ref partial struct XmlScanner
{
    private static readonly SearchValues<byte> ForbiddenControls = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0xB, 0xC, 0xE, 0xF, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    /// <summary>U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.</summary>
    private static ReadOnlySpan<byte> NoncharacterPrefix => [0xEF, 0xBF];

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
}
