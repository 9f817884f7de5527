using System.Buffers.Binary;

namespace ProfileAsCode.Tests.PropertyList;

/// <summary>Assembles bplist00 files by hand from raw object bytes, for golden and hostile-input tests.</summary>
internal static class BplistBuilder
{
    public static byte[] Build(IReadOnlyList<byte[]> objects, ulong top = 0, int refSize = 1, int offsetSize = 1, ulong? objectCount = null, ulong? tableOffset = null)
    {
        var file = new List<byte>("bplist00"u8.ToArray());
        var offsets = new List<ulong>();
        foreach (var o in objects)
        {
            offsets.Add((ulong)file.Count);
            file.AddRange(o);
        }

        var table = (ulong)file.Count;
        foreach (var offset in offsets)
        {
            for (var i = offsetSize - 1; i >= 0; i--)
            {
                file.Add((byte)(offset >> (8 * i)));
            }
        }

        var trailer = new byte[32];
        trailer[6] = (byte)offsetSize;
        trailer[7] = (byte)refSize;
        BinaryPrimitives.WriteUInt64BigEndian(trailer.AsSpan(8), objectCount ?? (ulong)objects.Count);
        BinaryPrimitives.WriteUInt64BigEndian(trailer.AsSpan(16), top);
        BinaryPrimitives.WriteUInt64BigEndian(trailer.AsSpan(24), tableOffset ?? table);
        file.AddRange(trailer);
        return file.ToArray();
    }
}
