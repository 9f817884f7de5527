namespace ProfileAsCode.PropertyList.Xml;

/// <summary>Tells UTF-16 text from UTF-8 by its first bytes, so a UTF-16 file is named as such instead of failing on its first zero byte.</summary>
internal static class TextEncodingSniffer
{
    /// <summary>
    /// A UTF-16 byte-order mark (FF FE or FE FF), or, without one, a first character that is '&lt;' or
    /// XML whitespace stored in two bytes, one of them zero (3C 00 is little-endian, 00 3C big-endian).
    /// UTF-8 XML never starts with a zero byte: U+0000 is not an XML character.
    /// </summary>
    public static bool IsUtf16(ReadOnlySpan<byte> input) =>
        input is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..]
        || (input.Length >= 2 && (input[0] == 0) != (input[1] == 0) && (input[0] | input[1]) is (byte)'<' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');
}
