using System.Buffers.Binary;
using System.Text;
using ProfileAsCode.Text;

namespace ProfileAsCode.PropertyList.Binary;

/// <summary>
/// Reads <c>bplist00</c>, assuming the input is hostile: every offset, count and reference is checked
/// against the file before use, nothing is allocated from an unchecked size, each object is decoded
/// once (shared references reuse the decoded value), cycles and nesting beyond
/// <see cref="PlistLimits.MaxDepth"/> are errors, and so is a tree that shared references would
/// expand past <see cref="MaxExpandedValues"/> values or <see cref="PlistLimits.MaxExpandedBytes"/>
/// bytes. Work is linear in the file size.
/// </summary>
/// <remarks>
/// Refused as unsupported rather than guessed at: null (0x00), fill (0x0F), UIDs (0x8n, keyed
/// archives), sets (0xBn/0xCn), non-string dict keys, repeated dict keys, ASCII strings with bytes
/// over 0x7F, integers outside −2^63…2^64−1, dates outside 0001–9999 or not finite.
/// </remarks>
internal ref struct BinaryPlistReader
{
    private const byte InProgress = 1;
    private const byte Done = 2;

    private readonly ReadOnlySpan<byte> input;
    private readonly int offsetSize;
    private readonly int refSize;
    private readonly int objectCount;
    private readonly int tableOffset;
    private readonly long maxExpandedValues;
    private readonly long maxExpandedBytes;
    private readonly PlistValue?[] decoded;
    private readonly Expansion[] expanded;
    private readonly byte[] state;

    private BinaryPlistReader(ReadOnlySpan<byte> input, int offsetSize, int refSize, int objectCount, int tableOffset)
    {
        this.input = input;
        this.offsetSize = offsetSize;
        this.refSize = refSize;
        this.objectCount = objectCount;
        this.tableOffset = tableOffset;
        maxExpandedValues = MaxExpandedValues(input.Length);
        maxExpandedBytes = PlistLimits.MaxExpandedBytes(input.Length);
        decoded = new PlistValue?[objectCount];
        expanded = new Expansion[objectCount];
        state = new byte[objectCount];
    }

    /// <summary>
    /// How many values a file may expand to through shared references: writers share only scalars,
    /// so a real file expands to at most about one value per byte. The cap stops a few hundred bytes
    /// of nested shared arrays from standing for billions of values.
    /// </summary>
    public static long MaxExpandedValues(int length) => Math.Max(1L << 20, 16L * length);

    public static PlistValue Read(ReadOnlySpan<byte> input)
    {
        if (!input.StartsWith(BinaryPlistFormat.Magic))
        {
            throw new PlistFormatException(
                input.StartsWith("bplist"u8) ? "unsupported binary plist version; only 'bplist00' is supported." : "not a binary plist: expected 'bplist00'.", 0);
        }

        if (input.Length < BinaryPlistFormat.Magic.Length + 1 + 1 + BinaryPlistFormat.TrailerLength)
        {
            throw new PlistFormatException($"the file is {input.Length} bytes long, too short for a binary plist.", input.Length);
        }

        var trailerAt = input.Length - BinaryPlistFormat.TrailerLength;
        var trailer = input[trailerAt..];
        int offsetSize = trailer[6], refSize = trailer[7];
        var objects = BinaryPrimitives.ReadUInt64BigEndian(trailer[8..]);
        var top = BinaryPrimitives.ReadUInt64BigEndian(trailer[16..]);
        var table = BinaryPrimitives.ReadUInt64BigEndian(trailer[24..]);
        if (offsetSize is < 1 or > 8 || refSize is < 1 or > 8)
        {
            throw new PlistFormatException($"the trailer gives offset size {offsetSize} and reference size {refSize}; each must be 1 to 8 bytes.", trailerAt + 6);
        }

        // Every object takes at least one byte between the header and the offset table.
        if (table < 9 || table > (ulong)trailerAt)
        {
            throw new PlistFormatException($"the offset table offset {table} lies outside the object area (9…{trailerAt}).", trailerAt + 24);
        }

        if (objects == 0 || objects > table - 8 || objects > (ulong)(trailerAt - (int)table) / (ulong)offsetSize)
        {
            throw new PlistFormatException($"the trailer claims {objects} objects, which do not fit in the file.", trailerAt + 8);
        }

        if (top >= objects)
        {
            throw new PlistFormatException($"the top object {top} is not among the {objects} objects.", trailerAt + 16);
        }

        var reader = new BinaryPlistReader(input, offsetSize, refSize, (int)objects, (int)table);
        return reader.ReadObject((int)top, 0);
    }

    private PlistValue ReadObject(int index, int depth)
    {
        switch (state[index])
        {
            case Done:
                return decoded[index]!;
            case InProgress:
                throw new PlistFormatException($"object {index} contains itself (a reference cycle).", ObjectOffset(index));
        }

        var offset = ObjectOffset(index);
        state[index] = InProgress;
        var value = Decode(index, offset, depth);
        state[index] = Done;
        decoded[index] = value;
        return value;
    }

    private readonly int ObjectOffset(int index)
    {
        var entry = tableOffset + (index * offsetSize);
        var offset = ReadUnsigned(input.Slice(entry, offsetSize));
        if (offset < 8 || offset >= (ulong)tableOffset)
        {
            throw new PlistFormatException($"object {index} has offset {offset}, outside the object area (8…{tableOffset - 1}).", entry);
        }

        return (int)offset;
    }

    private PlistValue Decode(int index, int offset, int depth)
    {
        var marker = input[offset];
        var type = marker & 0xF0;
        var info = marker & 0x0F;
        var body = offset + 1;
        expanded[index] = new Expansion(1, StoredSize(marker));
        switch (type)
        {
            case 0x00 when marker == BinaryPlistFormat.False:
                return PlistBoolean.False;
            case 0x00 when marker == BinaryPlistFormat.True:
                return PlistBoolean.True;
            case BinaryPlistFormat.Integer:
                return ReadInteger(offset);
            case BinaryPlistFormat.Real when info is 2 or 3:
                var real = Slice(body, 1L << info, offset);
                return new PlistReal(info == 2 ? BinaryPrimitives.ReadSingleBigEndian(real) : BinaryPrimitives.ReadDoubleBigEndian(real));
            case 0x30 when marker == BinaryPlistFormat.Date:
                return ReadDate(Slice(body, 8, offset), offset);
            case BinaryPlistFormat.Data:
                {
                    var count = ReadCount(info, ref body, 1, offset);
                    expanded[index].Bytes = body - offset + count;
                    return new PlistData(Slice(body, count, offset));
                }

            case BinaryPlistFormat.AsciiString:
                {
                    var count = ReadCount(info, ref body, 1, offset);
                    var bytes = Slice(body, count, offset);
                    expanded[index].Bytes = body - offset + count;
                    return Ascii.IsValid(bytes)
                        ? new PlistString(Encoding.ASCII.GetString(bytes))
                        : throw new PlistFormatException("an ASCII string (0x5n) contains a byte over 0x7F.", offset);
                }

            case BinaryPlistFormat.Utf16String:
                {
                    var count = ReadCount(info, ref body, 2, offset);
                    var chars = Slice(body, count * 2, offset);
                    expanded[index].Bytes = body - offset + (count * 2L);
                    return new PlistString(ReadUtf16(chars));
                }

            case BinaryPlistFormat.Array:
                return ReadArray(index, offset, info, body, depth);
            case BinaryPlistFormat.Dictionary:
                return ReadDictionary(index, offset, info, body, depth);
            case BinaryPlistFormat.Uid:
                throw new PlistFormatException("UID objects (keyed-archiver data) are not supported in property lists.", offset);
            default:
                throw new PlistFormatException($"unsupported object marker 0x{marker:X2}.", offset);
        }
    }

    private PlistArray ReadArray(int index, int offset, int info, int body, int depth)
    {
        CheckDepth(depth, offset);
        var count = ReadCount(info, ref body, refSize, offset);
        var refs = Slice(body, count * refSize, offset);
        expanded[index].Bytes = body - offset + refs.Length;
        var items = new PlistValue[count];
        for (var i = 0; i < count; i++)
        {
            var child = Reference(refs, i, offset);
            items[i] = ReadObject(child, depth + 1);
            Grow(index, child, offset);
        }

        return new PlistArray(items);
    }

    private PlistDictionary ReadDictionary(int index, int offset, int info, int body, int depth)
    {
        CheckDepth(depth, offset);
        var count = ReadCount(info, ref body, 2 * refSize, offset);
        var refs = Slice(body, count * 2 * refSize, offset);
        expanded[index].Bytes = body - offset + refs.Length;
        var entries = new List<KeyValuePair<string, PlistValue>>(count);
        for (var i = 0; i < count; i++)
        {
            var keyIndex = Reference(refs, i, offset);
            if (ReadObject(keyIndex, depth + 1) is not PlistString key)
            {
                throw new PlistFormatException($"dictionary key {i} (object {keyIndex}) is not a string.", offset);
            }

            var valueIndex = Reference(refs, count + i, offset);
            entries.Add(new(key.Value, ReadObject(valueIndex, depth + 1)));
            Grow(index, keyIndex, offset, countsAsValue: false);
            Grow(index, valueIndex, offset);
        }

        return PlistDictionary.TryCreate(entries, out var duplicate)
            ?? throw new PlistFormatException($"the key {UntrustedText.Quote(entries[duplicate].Key)} appears twice in one dictionary.", offset);
    }

    private readonly void CheckDepth(int depth, int offset)
    {
        if (depth >= PlistLimits.MaxDepth)
        {
            throw new PlistFormatException($"containers nest deeper than {PlistLimits.MaxDepth} levels.", offset);
        }
    }

    /// <summary>Adds a child's expanded size to its parent's, failing once shared references blow the tree up.</summary>
    private readonly void Grow(int parent, int child, int offset, bool countsAsValue = true)
    {
        ref var sum = ref expanded[parent];
        sum.Values += countsAsValue ? expanded[child].Values : 0;
        sum.Bytes += expanded[child].Bytes;
        if (sum.Values > maxExpandedValues)
        {
            throw new PlistFormatException($"shared references expand this plist to more than {maxExpandedValues} values.", offset);
        }

        if (sum.Bytes > maxExpandedBytes)
        {
            throw new PlistFormatException(
                $"shared references expand this plist to more than {maxExpandedBytes} bytes ({PlistLimits.ExpandedBytesRule}).", offset);
        }
    }

    /// <summary>The bytes a fixed-size object takes in the file (marker included); variable-size ones are measured where they are read.</summary>
    private static long StoredSize(byte marker) => (marker & 0xF0) switch
    {
        BinaryPlistFormat.Integer or BinaryPlistFormat.Real => 1 + (1L << Math.Min(marker & 0x0F, 4)),
        0x30 => 9,
        _ => 1,
    };

    private readonly int Reference(ReadOnlySpan<byte> refs, int i, int offset)
    {
        var value = ReadUnsigned(refs.Slice(i * refSize, refSize));
        return value < (ulong)objectCount
            ? (int)value
            : throw new PlistFormatException($"reference {value} points past the {objectCount} objects.", offset);
    }

    /// <summary>The element count from the marker's low nibble, or from the integer object after it when the nibble is 0xF.</summary>
    private readonly int ReadCount(int info, ref int body, int elementSize, int offset)
    {
        long count = info;
        if (info == 0xF)
        {
            if (body >= tableOffset || (input[body] & 0xF0) != BinaryPlistFormat.Integer || (input[body] & 0x0F) > 3)
            {
                throw new PlistFormatException("a length of 15 or more must follow the marker as an integer of 1 to 8 bytes.", offset);
            }

            var size = 1 << (input[body] & 0x0F);
            var raw = ReadUnsigned(Slice(body + 1, size, offset));
            count = raw > long.MaxValue ? long.MaxValue : (long)raw;
            body += 1 + size;
        }

        // The elements must fit between here and the offset table: this bounds every allocation.
        if (count > (tableOffset - body) / elementSize)
        {
            throw new PlistFormatException($"the object claims {count} elements, more than the remaining {tableOffset - body} bytes hold.", offset);
        }

        return (int)count;
    }

    private readonly ReadOnlySpan<byte> Slice(int start, long length, int offset)
    {
        if (start > tableOffset || length > tableOffset - start)
        {
            throw new PlistFormatException($"the object's {length} bytes run past the object area.", offset);
        }

        return input.Slice(start, (int)length);
    }

    private readonly PlistInteger ReadInteger(int offset)
    {
        var size = input[offset] & 0x0F;
        if (size > 4)
        {
            throw new PlistFormatException($"an integer of 2^{size} bytes is not supported (1 to 16 bytes).", offset);
        }

        var bytes = Slice(offset + 1, 1L << size, offset);
        Int128 value = size switch
        {
            < 3 => (Int128)ReadUnsigned(bytes),        // 1, 2 and 4 bytes are unsigned
            3 => BinaryPrimitives.ReadInt64BigEndian(bytes),
            _ => BinaryPrimitives.ReadInt128BigEndian(bytes),
        };
        return value >= PlistInteger.MinValue && value <= PlistInteger.MaxValue
            ? new PlistInteger(value)
            : throw new PlistFormatException($"the integer {value} lies outside -2^63…2^64-1.", offset);
    }

    private static PlistDate ReadDate(ReadOnlySpan<byte> bytes, int offset)
    {
        var seconds = BinaryPrimitives.ReadDoubleBigEndian(bytes);
        var min = (DateTime.MinValue - BinaryPlistFormat.Epoch).TotalSeconds;
        var max = (DateTime.MaxValue - BinaryPlistFormat.Epoch).TotalSeconds;
        if (!double.IsFinite(seconds) || seconds < min || seconds > max)
        {
            throw new PlistFormatException($"the date {seconds} seconds from 2001-01-01 is outside the years 1 to 9999.", offset);
        }

        // Whole seconds and the fraction separately: seconds × 10^7 in one double would lose up to
        // hundreds of ticks for dates far from 2001.
        var whole = Math.Floor(seconds);
        var ticks = BinaryPlistFormat.Epoch.Ticks + ((long)whole * TimeSpan.TicksPerSecond) + (long)Math.Round((seconds - whole) * TimeSpan.TicksPerSecond);
        return new PlistDate(new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc));
    }

    private static string ReadUtf16(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length / 2, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)BinaryPrimitives.ReadUInt16BigEndian(source.AsSpan(i * 2));
            }
        });
    }

    private static ulong ReadUnsigned(ReadOnlySpan<byte> bytes)
    {
        ulong value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>What an object stands for once shared references are counted as copies: values, and bytes as stored in the file.</summary>
    private record struct Expansion(long Values, long Bytes);
}
