namespace ProfileAsCode.PropertyList.Binary;

/// <summary>
/// Constants of the <c>bplist00</c> layout (CF's CFBinaryPList.c, cross-checked with plistlib's
/// <c>_BinaryPlistParser</c>/<c>_BinaryPlistWriter</c> in CPython's Lib/plistlib.py).
/// </summary>
internal static class BinaryPlistFormat
{
    public const int TrailerLength = 32;

    public const byte False = 0x08;
    public const byte True = 0x09;
    public const byte Integer = 0x10;
    public const byte Real = 0x20;
    public const byte Date = 0x33;
    public const byte Data = 0x40;
    public const byte AsciiString = 0x50;
    public const byte Utf16String = 0x60;
    public const byte Uid = 0x80;
    public const byte Array = 0xA0;
    public const byte Dictionary = 0xD0;

    /// <summary>Dates count seconds from 2001-01-01T00:00:00Z (CFAbsoluteTime).</summary>
    public static readonly DateTime Epoch = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static ReadOnlySpan<byte> Magic => "bplist00"u8;

    /// <summary>Bytes needed for unsigned <paramref name="value"/>: 1, 2, 4 or 8, as plistlib's <c>_count_to_size</c>.</summary>
    public static int SizeFor(ulong value) => value switch
    {
        < 1UL << 8 => 1,
        < 1UL << 16 => 2,
        < 1UL << 32 => 4,
        _ => 8,
    };
}
