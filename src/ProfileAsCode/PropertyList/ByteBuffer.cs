namespace ProfileAsCode.PropertyList;

/// <summary>A growable byte buffer the writers append UTF-8 / binary output to.</summary>
internal sealed class ByteBuffer(int initialCapacity = 4096)
{
    private byte[] buffer = new byte[Math.Max(initialCapacity, 16)];

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

    public byte[] ToArray() => WrittenSpan.ToArray();

    private void Grow(int size)
    {
        var needed = (long)Length + size;
        var capacity = Math.Max(needed, Math.Min((long)buffer.Length * 2, Array.MaxLength));
        if (capacity > Array.MaxLength)
        {
            throw new InvalidOperationException("The property list is too large to write (over 2 GB).");
        }

        Array.Resize(ref buffer, (int)capacity);
    }
}
