using System.Text;
using CsCheck;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.Fuzzing;

/// <summary>
/// CsCheck generators of property-list trees that XML, binary, plistlib and plistutil can all carry: text of any XML 1.0
/// character (markup characters, line ends, astral planes), 64-bit signed and unsigned integers, finite and infinite
/// reals, whole-second dates from year 1000 (libplist 2.2.0 writes earlier years unpadded, which no reader accepts),
/// data, and nested containers with unique keys (without carriage returns, see <see cref="Key"/>).
/// </summary>
internal static class PlistGens
{
    private static readonly Gen<int> CodePoint = Gen.Frequency(
        (8, Gen.Int[0x20, 0x7E]),
        (2, Gen.OneOf(Gen.Const(0x9), Gen.Const(0xA), Gen.Const(0xD), Gen.Const((int)'<'), Gen.Const((int)'&'), Gen.Const((int)']'), Gen.Const((int)'>'))),
        (2, Gen.Int[0x80, 0xD7FF]),
        (1, Gen.Int[0xE000, 0xFFFD]),
        (1, Gen.Int[0x10000, 0x10FFFF]));

    public static readonly Gen<string> Text = Gen.Frequency(
        (3, CodePoint.Array[0, 10].Select(points => string.Concat(points.Select(char.ConvertFromUtf32)))),
        (1, Gen.OneOf(Gen.Const(""), Gen.Const("Payload"), Gen.Const("]]>"), Gen.Const("&amp;"), Gen.Const("com.jamf.connect.login"), Gen.Const("  two  "))));

    /// <summary>
    /// Keys hold no carriage return: libplist writes one raw into XML, where it reads back as a line feed (XML 1.0, 2.11),
    /// so keys "a\r" and "a\n" of one dictionary would come back from plistutil as one key twice. Values keep it.
    /// </summary>
    private static readonly Gen<string> Key = Text.Select(text => text.Replace('\r', '\n'));

    private static readonly Gen<PlistValue> Integer = Gen.Frequency(
        (3, Gen.Long.Select(v => (PlistValue)new PlistInteger(v))),
        (1, Gen.ULong.Select(v => (PlistValue)new PlistInteger(v))),
        (1, Gen.OneOf(Gen.Const(0L), Gen.Const(-1L), Gen.Const(255L), Gen.Const(256L), Gen.Const(long.MinValue), Gen.Const(long.MaxValue)).Select(v => (PlistValue)new PlistInteger(v))));

    private static readonly Gen<PlistValue> Real = Gen.Double.Where(d => !double.IsNaN(d)).Select(d => (PlistValue)new PlistReal(d));

    private static readonly DateTime FirstDate = new(1000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Gen<PlistValue> Date = Gen.Long[0, (long)(DateTime.MaxValue - FirstDate).TotalSeconds - 1]
        .Select(seconds => (PlistValue)new PlistDate(FirstDate.AddSeconds(seconds)));

    private static readonly Gen<PlistValue> Scalar = Gen.Frequency(
        (4, Text.Select(t => (PlistValue)new PlistString(t))),
        (2, Integer),
        (1, Real),
        (1, Gen.Bool.Select(b => (PlistValue)PlistBoolean.From(b))),
        (1, Date),
        (1, Gen.Byte.Array[0, 64].Select(b => (PlistValue)new PlistData(b))));

    public static readonly Gen<PlistValue> Value = Gen.Recursive<PlistValue>((depth, value) =>
        depth >= 6
            ? Scalar
            : Gen.Frequency(
                (5, Scalar),
                (1, value.Array[0, 5].Select(items => (PlistValue)new PlistArray(items))),
                (1, Dictionary(value))));

    /// <summary>A tree with a dictionary at the root, as profiles have.</summary>
    public static readonly Gen<PlistDictionary> Tree = Dictionary(Value).Select(v => (PlistDictionary)v);

    private static Gen<PlistValue> Dictionary(Gen<PlistValue> value) =>
        Gen.Select(Key, value).Array[0, 6].Select(entries =>
        {
            var unique = new Dictionary<string, PlistValue>(StringComparer.Ordinal);
            foreach (var (key, item) in entries)
            {
                unique.TryAdd(key, item);
            }

            return (PlistValue)new PlistDictionary(unique);
        });

    /// <summary>What a failing tree is saved as: its XML when it has one, else its binary form.</summary>
    public static (byte[] Bytes, string Extension) AsFile(PlistValue tree)
    {
        try
        {
            return (PropertyListSerializer.WriteXml(tree), ".plist");
        }
        catch (PlistWriteException)
        {
            return (PropertyListSerializer.WriteBinary(tree), ".bplist");
        }
    }

    public static string Describe(PlistValue tree) => Encoding.UTF8.GetString(AsFile(tree).Bytes);
}
