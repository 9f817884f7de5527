using System.Text;
using CsCheck;

namespace ProfileAsCode.Tests.Json;

/// <summary>CsCheck generators of JSON text: every construct of RFC 8259, random whitespace and escaping, names that repeat.</summary>
internal static class JsonGenerators
{
    private static readonly Gen<string> Whitespace = Gen.OneOf("", "", " ", "\n", "\t", "\r\n", "  ");

    // Mostly plain text, with every escape form, non-ASCII (2-, 3- and 4-byte UTF-8) and escaped surrogate pairs.
    private static readonly Gen<string> StringPart = Gen.Frequency(
        (6, Gen.OneOf("a", "appId", "jamfconnect", "Jamf Connect - OIDC Endpoint", "api://x/y", "0", " ")),
        (2, Gen.OneOf("\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t")),
        (2, Gen.Int[0x20, 0xD7FF].Select(c => "\\u" + c.ToString("x4"))),
        (1, Gen.Int[0, 0x1F].Select(c => "\\u" + c.ToString("X4"))),
        (1, Gen.OneOf("\\ud83d\\ude00", "\\uD83D\\uDE00", "é", "日本", "😀", "\u007F", "\uFFFD")));

    public static readonly Gen<string> String = StringPart.Array[0, 5].Select(parts => "\"" + string.Concat(parts) + "\"");

    private static readonly Gen<string> Name = Gen.Frequency(
        (3, Gen.OneOf("\"a\"", "\"b\"", "\"appId\"", "\"value\"", "\"@odata.context\"", "\"\"")),
        (1, String));

    public static readonly Gen<string> Number = Gen.Select(
        Gen.OneOf("", "-"),
        Gen.OneOf("0", "1", "7", "42", "1234567890123456789012345", "9223372036854775807", "9223372036854775808"),
        Gen.OneOf("", "", ".5", ".000001", ".25"),
        Gen.OneOf("", "", "e5", "E+10", "e-7", "e400", "E-400"),
        (sign, integer, fraction, exponent) => sign + integer + fraction + exponent);

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (3, String),
        (2, Number),
        (1, Gen.OneOf("true", "false", "null")));

    public static readonly Gen<string> Value = Gen.Recursive<string>((depth, value) =>
        depth >= 5
            ? Scalar
            : Gen.Frequency(
                (4, Scalar),
                (1, Gen.Select(value, Whitespace, Whitespace, (v, before, after) => before + v + after).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
                (1, Gen.Select(Name, value, Whitespace, Whitespace, (n, v, before, after) => before + n + after + ":" + before + v + after).Array[0, 4].Select(members => "{" + string.Join(",", members) + "}"))));

    /// <summary>A document: a value with surrounding whitespace, as UTF-8.</summary>
    public static readonly Gen<byte[]> Document = Gen.Select(Whitespace, Value, Whitespace, (before, v, after) => Encoding.UTF8.GetBytes(before + v + after));

    private static readonly byte[] Interesting = "{}[],:\"\\u0e-.+ \ntnfa"u8.ToArray().Concat(new byte[] { 0x00, 0x1F, 0x7F, 0xC3, 0xA9, 0xED, 0xA0, 0x80, 0xBF, 0xF0, 0xFF }).ToArray();

    /// <summary>A document with one to three byte edits (delete, insert or replace with a byte that matters to a JSON reader).</summary>
    public static readonly Gen<byte[]> Mutated = Gen.Select(Document, Gen.Int[1, 3], Gen.Int.Array[9], (bytes, edits, dice) =>
    {
        var list = bytes.ToList();
        for (var e = 0; e < edits; e++)
        {
            var at = list.Count == 0 ? 0 : (int)((uint)dice[3 * e] % (uint)list.Count);
            var with = Interesting[(int)((uint)dice[(3 * e) + 1] % (uint)Interesting.Length)];
            switch ((uint)dice[(3 * e) + 2] % 3)
            {
                case 0 when list.Count > 0:
                    list.RemoveAt(at);
                    break;
                case 1 when list.Count > 0:
                    list[at] = with;
                    break;
                default:
                    list.Insert(at, with);
                    break;
            }
        }

        return list.ToArray();
    });
}
