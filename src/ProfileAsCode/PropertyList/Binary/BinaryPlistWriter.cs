using System.Buffers.Binary;
using System.Text;

namespace ProfileAsCode.PropertyList.Binary;

/// <summary>
/// Writes <c>bplist00</c> the way plistlib's <c>_BinaryPlistWriter</c> lays it out: objects numbered
/// depth-first (a dict's keys, then its values), equal scalars (strings, keys, numbers, dates, data,
/// booleans) stored once, containers never shared, smallest integer and reference sizes, ASCII
/// strings as bytes and others as UTF-16BE, negative integers in 8 bytes and integers ≥ 2^63 in 16.
/// The same tree always gives the same bytes.
/// </summary>
internal sealed class BinaryPlistWriter
{
    private readonly List<PlistValue> objects = [];
    private readonly Dictionary<PlistValue, int> scalarIds = [];
    private readonly Dictionary<string, int> stringIds = new(StringComparer.Ordinal);
    private readonly List<int[]?> childIds = [];
    private readonly KeyPath path = new();
    private readonly ByteBuffer output;
    private int refSize;

    private BinaryPlistWriter(ByteBuffer output) => this.output = output;

    public static byte[] Write(PlistValue root)
    {
        ArgumentNullException.ThrowIfNull(root);
        using var output = new ByteBuffer();
        var writer = new BinaryPlistWriter(output);
        writer.Flatten(root, 0);
        return writer.Serialize();
    }

    private int Flatten(PlistValue value, int depth)
    {
        switch (value)
        {
            case PlistString text:
                return FlattenString(text.Value, value);
            case PlistDictionary dictionary:
                {
                    var (containerId, ids) = AddContainer(value, depth, dictionary.Count * 2);
                    var i = 0;
                    foreach (var (key, _) in dictionary.Entries)
                    {
                        ids[i++] = FlattenString(key, null);
                    }

                    foreach (var (key, item) in dictionary.Entries)
                    {
                        path.PushKey(key);
                        ids[i++] = Flatten(item, depth + 1);
                        path.Pop();
                    }

                    return containerId;
                }

            case PlistArray array:
                {
                    var (containerId, ids) = AddContainer(value, depth, array.Count);
                    path.PushIndex(0);
                    for (var i = 0; i < array.Count; i++)
                    {
                        path.SetIndex(i);
                        ids[i] = Flatten(array[i], depth + 1);
                    }

                    path.Pop();
                    return containerId;
                }

            default:
                if (!scalarIds.TryGetValue(value, out var id))
                {
                    id = Add(value);
                    scalarIds.Add(value, id);
                }

                return id;
        }
    }

    private int FlattenString(string text, PlistValue? value)
    {
        if (!stringIds.TryGetValue(text, out var id))
        {
            id = Add(value ?? new PlistString(text));
            stringIds.Add(text, id);
        }

        return id;
    }

    /// <summary>Numbers a container before its children; the caller fills in the children's ids.</summary>
    private (int Id, int[] ChildIds) AddContainer(PlistValue container, int depth, int count)
    {
        if (depth >= PlistLimits.MaxDepth)
        {
            throw new PlistWriteException(path.ToString(), $"containers nest deeper than {PlistLimits.MaxDepth} levels.");
        }

        // A container instance used twice in the tree is written twice, as plistlib does for equal containers.
        var id = Add(container);
        var ids = new int[count];
        childIds[id] = ids;
        return (id, ids);
    }

    private int Add(PlistValue value)
    {
        objects.Add(value);
        childIds.Add(null);
        return objects.Count - 1;
    }

    private byte[] Serialize()
    {
        refSize = BinaryPlistFormat.SizeFor((ulong)objects.Count);
        var offsets = new long[objects.Count];
        output.Write(BinaryPlistFormat.Magic);
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i] = output.Length;
            WriteObject(objects[i], childIds[i]);
        }

        var tableOffset = (ulong)output.Length;
        var offsetSize = BinaryPlistFormat.SizeFor(tableOffset);
        foreach (var offset in offsets)
        {
            WriteSized((ulong)offset, offsetSize);
        }

        Span<byte> trailer = stackalloc byte[BinaryPlistFormat.TrailerLength];
        trailer[6] = (byte)offsetSize;
        trailer[7] = (byte)refSize;
        BinaryPrimitives.WriteUInt64BigEndian(trailer[8..], (ulong)objects.Count);
        BinaryPrimitives.WriteUInt64BigEndian(trailer[16..], 0);
        BinaryPrimitives.WriteUInt64BigEndian(trailer[24..], tableOffset);
        output.Write(trailer);
        return output.ToArray();
    }

    private void WriteObject(PlistValue value, int[]? ids)
    {
        switch (value)
        {
            case PlistBoolean boolean:
                output.Write(boolean.Value ? BinaryPlistFormat.True : BinaryPlistFormat.False);
                break;
            case PlistInteger integer:
                WriteInteger(integer.Value);
                break;
            case PlistReal real:
                output.Write(BinaryPlistFormat.Real | 3);
                BinaryPrimitives.WriteDoubleBigEndian(output.GetSpan(8), real.Value);
                output.Advance(8);
                break;
            case PlistDate date:
                output.Write(BinaryPlistFormat.Date);
                BinaryPrimitives.WriteDoubleBigEndian(output.GetSpan(8), SecondsSinceEpoch(date.Value));
                output.Advance(8);
                break;
            case PlistData data:
                WriteMarker(BinaryPlistFormat.Data, data.Value.Length);
                output.Write(data.Value.AsSpan());
                break;
            case PlistString text:
                WriteString(text.Value);
                break;
            case PlistArray or PlistDictionary:
                WriteMarker(value is PlistArray ? BinaryPlistFormat.Array : BinaryPlistFormat.Dictionary, value is PlistArray ? ids!.Length : ids!.Length / 2);
                foreach (var id in ids)
                {
                    WriteSized((ulong)id, refSize);
                }

                break;
        }
    }

    /// <summary>Whole seconds stay exact; the fraction is added separately so large tick counts lose no precision.</summary>
    private static double SecondsSinceEpoch(DateTime utc)
    {
        var ticks = utc.Ticks - BinaryPlistFormat.Epoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        return seconds + (remainder / (double)TimeSpan.TicksPerSecond);
    }

    private void WriteString(string text)
    {
        if (Ascii.IsValid(text))
        {
            WriteMarker(BinaryPlistFormat.AsciiString, text.Length);
            Ascii.FromUtf16(text, output.GetSpan(text.Length), out _);
            output.Advance(text.Length);
            return;
        }

        WriteMarker(BinaryPlistFormat.Utf16String, text.Length);
        var destination = output.GetSpan(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[(i * 2)..], text[i]);
        }

        output.Advance(text.Length * 2);
    }

    private void WriteInteger(Int128 value)
    {
        if (value < 0 || value > long.MaxValue)
        {
            var size = value < 0 ? 8 : 16;
            output.Write((byte)(BinaryPlistFormat.Integer | (size == 8 ? 3 : 4)));
            var destination = output.GetSpan(size);
            if (size == 8)
            {
                BinaryPrimitives.WriteInt64BigEndian(destination, (long)value);
            }
            else
            {
                BinaryPrimitives.WriteInt128BigEndian(destination, value);
            }

            output.Advance(size);
            return;
        }

        var magnitude = (ulong)value;
        var bytes = BinaryPlistFormat.SizeFor(magnitude);
        output.Write((byte)(BinaryPlistFormat.Integer | System.Numerics.BitOperations.Log2((uint)bytes)));
        WriteSized(magnitude, bytes);
    }

    /// <summary>plistlib's <c>_write_size</c>: counts under 15 sit in the marker, larger ones follow as an integer object.</summary>
    private void WriteMarker(byte type, int count)
    {
        if (count < 15)
        {
            output.Write((byte)(type | count));
            return;
        }

        output.Write((byte)(type | 0xF));
        WriteInteger(count);
    }

    private void WriteSized(ulong value, int size)
    {
        var destination = output.GetSpan(size);
        for (var i = size - 1; i >= 0; i--)
        {
            destination[i] = (byte)value;
            value >>= 8;
        }

        output.Advance(size);
    }
}
