using System.Buffers.Binary;
using System.Text;
using CsCheck;

namespace ProfileAsCode.Testing.Fuzzing;

/// <summary>
/// Byte-level mutations of valid inputs, the edits that find parser bugs: single bytes set to values that matter to a
/// plist or DER reader, markup and tokens inserted, ranges deleted, repeated or moved, the end cut off, and big-endian
/// integers of 1, 2, 4 or 8 bytes overwritten with boundaries (the offsets, counts and lengths of binary plists and DER).
/// </summary>
public static class ByteMutations
{
    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE, 0x0F, 0x10, 0x30, 0x3C, 0x3E, 0x26, 0x22, 0x5F, 0xD0, 0xA0, 0x6F, 0x13, 0x14, 0x33];

    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "<dict>", "</dict>", "<array>", "</array>", "<key>", "</key>", "<string>", "</string>", "<integer>", "</integer>",
            "<real>", "<date>", "<data>", "</data>", "<true/>", "<false/>", "<dict/>", "&amp;", "&#0;", "&#xD800;", "&#x110000;",
            "&lt;", "&undefined;", "<![CDATA[", "]]>", "<!--", "-->", "<!DOCTYPE plist [<!ENTITY e \"x\">]>", "<?xml", "?>",
            "9999999999999999999999999", "-", "nan", "1e999", "0x", "====", "\u00e9", "\U0001F600", "bplist00", "bplist15",
        }.Select(Encoding.UTF8.GetBytes),
        [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    ];

    private static readonly ulong[] Boundaries = [0, 1, 2, 7, 8, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, long.MaxValue, ulong.MaxValue];

    /// <summary>One of <paramref name="originals"/> with 1 to 4 edits, mostly one (more edits mostly only break the file sooner).</summary>
    public static Gen<byte[]> Of(IReadOnlyList<byte[]> originals) =>
        Gen.Select(Gen.Int[0, originals.Count - 1], Gen.Frequency((6, Gen.Const(1)), (2, Gen.Const(2)), (1, Gen.Int[3, 4])), Gen.UInt.Array[16], (which, edits, dice) => Mutate(originals[which], edits, dice));

    private static byte[] Mutate(byte[] original, int edits, uint[] dice)
    {
        var bytes = new List<byte>(original);
        for (var e = 0; e < edits; e++)
        {
            var (kind, a, b, c) = (dice[4 * e] % 9, dice[(4 * e) + 1], dice[(4 * e) + 2], dice[(4 * e) + 3]);
            var at = bytes.Count == 0 ? 0 : (int)(a % (uint)bytes.Count);
            switch (kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << (int)(b % 8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = InterestingBytes[b % (uint)InterestingBytes.Length];
                    break;
                case 2:
                    bytes.InsertRange(at, Tokens[b % (uint)Tokens.Length]);
                    break;
                case 3 when bytes.Count > 0:
                    bytes.RemoveRange(at, (int)Math.Min((uint)(bytes.Count - at), 1 + (b % 16)));
                    break;
                case 4 when bytes.Count > 0:
                    var length = (int)Math.Min((uint)(bytes.Count - at), 1 + (b % 256));
                    var copy = bytes.GetRange(at, length);
                    var times = 1 + (int)(c % 3);
                    for (var t = 0; t < times; t++)
                    {
                        bytes.InsertRange(at, copy);
                    }

                    break;
                case 5 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 6 when bytes.Count > 0:
                    var from = (int)(b % (uint)bytes.Count);
                    var moved = bytes.GetRange(from, (int)Math.Min((uint)(bytes.Count - from), 1 + (c % 32)));
                    bytes.InsertRange(at, moved);
                    break;
                default:
                    OverwriteInteger(bytes, at, 1 << (int)(b % 4), Boundaries[c % (uint)Boundaries.Length]);
                    break;
            }
        }

        return [.. bytes];
    }

    private static void OverwriteInteger(List<byte> bytes, int at, int width, ulong value)
    {
        Span<byte> encoded = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(encoded, value);
        for (var i = 0; i < width && at + i < bytes.Count; i++)
        {
            bytes[at + i] = encoded[8 - width + i];
        }
    }
}
