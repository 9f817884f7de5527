namespace ProfileAsCode.PropertyList;

/// <summary>Reads and writes property lists: XML exactly as Apple's CoreFoundation writes it, and binary <c>bplist00</c>.</summary>
public static class PropertyListSerializer
{
    /// <summary>
    /// The XML property list CoreFoundation would write for <paramref name="root"/>: UTF-8 without BOM,
    /// tabs, sorted keys, LF line ends. The same tree always gives the same bytes.
    /// </summary>
    /// <exception cref="PlistWriteException">A string holds a character XML 1.0 cannot represent, or the tree nests too deep.</exception>
    public static byte[] WriteXml(PlistValue root) => XmlPlistWriter.Write(root);
}
