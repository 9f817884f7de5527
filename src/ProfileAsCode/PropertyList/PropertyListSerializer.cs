using ProfileAsCode.PropertyList.Binary;
using ProfileAsCode.PropertyList.Xml;

namespace ProfileAsCode.PropertyList;

/// <summary>Reads and writes property lists: XML exactly as Apple's CoreFoundation writes it, and binary <c>bplist00</c>.</summary>
public static class PropertyListSerializer
{
    /// <summary>Reads an XML or binary property list, telling them apart by the <c>bplist</c> magic. A UTF-8 BOM is tolerated.</summary>
    /// <exception cref="PlistFormatException">The input is not a well-formed property list; the message says where and what was expected.</exception>
    public static PlistValue Read(ReadOnlySpan<byte> input) =>
        input.StartsWith("bplist"u8) ? BinaryPlistReader.Read(input) : XmlPlistReader.Read(input);

    /// <inheritdoc cref="XmlPlistReader"/>
    /// <exception cref="PlistFormatException">The input is not a well-formed XML property list (with line and column).</exception>
    public static PlistValue ReadXml(ReadOnlySpan<byte> input) => XmlPlistReader.Read(input);

    /// <inheritdoc cref="BinaryPlistReader"/>
    /// <exception cref="PlistFormatException">The input is not a well-formed <c>bplist00</c> (with the byte offset).</exception>
    public static PlistValue ReadBinary(ReadOnlySpan<byte> input) => BinaryPlistReader.Read(input);

    /// <summary>
    /// The XML property list CoreFoundation would write for <paramref name="root"/>: UTF-8 without BOM,
    /// tabs, sorted keys, LF line ends. The same tree always gives the same bytes.
    /// </summary>
    /// <exception cref="PlistWriteException">A string holds a character XML 1.0 cannot represent, or the tree nests too deep.</exception>
    public static byte[] WriteXml(PlistValue root) => XmlPlistWriter.Write(root);

    /// <summary>A <c>bplist00</c> binary property list; deterministic, equal scalars stored once.</summary>
    /// <exception cref="PlistWriteException">The tree nests deeper than <see cref="PlistLimits.MaxDepth"/>.</exception>
    public static byte[] WriteBinary(PlistValue root) => BinaryPlistWriter.Write(root);
}
