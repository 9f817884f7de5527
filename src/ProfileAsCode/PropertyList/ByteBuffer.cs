using System.Buffers;

namespace ProfileAsCode.PropertyList;

/// <summary>
/// A growable byte buffer the writers append UTF-8 / binary output to. Its storage is rented from
/// <see cref="ArrayPool{T}.Shared"/>, so a write allocates little more than its result: dispose the
/// buffer (<c>using</c>) to give the storage back, and take the result with <see cref="ToArray"/>, a copy.
/// </summary>
internal sealed class ByteBuffer : IDisposable
{
    private byte[] buffer;

    public ByteBuffer(int initialCapacity = 4096) => buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 16));

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, Length);

    /// <summary>Returns at least <paramref name="size"/> writable bytes; call <see cref="Advance"/> after writing.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (buffer.Length - Length < size)
        {
            Grow(size);
        }

        return buffer.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public void Write(byte value)
    {
        if (Length == buffer.Length)
        {
            Grow(1);
        }

        buffer[Length++] = value;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Length += bytes.Length;
    }

    public void WriteRepeated(byte value, int count)
    {
        GetSpan(count)[..count].Fill(value);
        Length += count;
    }

    /// <summary>The written bytes in a new array: never the pooled storage, which goes back to the pool.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>
    /// Returns the storage to the pool. Afterwards the buffer is empty and any write throws
    /// <see cref="ObjectDisposedException"/>, so the returned array can never be written or returned twice.
    /// </summary>
    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        Length = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Grow(int size)
    {
        // A live buffer always holds at least 16 bytes; only a disposed one is empty.
        ObjectDisposedException.ThrowIf(buffer.Length == 0, this);
        var needed = (long)Length + size;
        var capacity = Math.Max(needed, Math.Min((long)buffer.Length * 2, Array.MaxLength));
        if (capacity > Array.MaxLength)
        {
            throw new InvalidOperationException("The property list is too large to write (over 2 GB).");
        }

        var bigger = ArrayPool<byte>.Shared.Rent((int)capacity);
        WrittenSpan.CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = bigger;
    }
}
