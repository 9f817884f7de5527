using ProfileAsCode.PropertyList;
using ProfileAsCode.PropertyList.Xml;

namespace ProfileAsCode.Cli.Input;

/// <summary>The tool's one door to the library's plist readers and writers.</summary>
internal static class PlistCodec
{
    public static PlistValue Read(byte[] bytes) => PropertyListSerializer.Read(bytes);

    /// <summary>Reads XML recording where each key stands (<paramref name="locations"/>); it costs time, so only validate's SARIF asks.</summary>
    public static PlistValue ReadXml(byte[] bytes, XmlKeyLocations locations) => XmlPlistReader.Read(bytes, locations);

    public static byte[] WriteXml(PlistValue value) => PropertyListSerializer.WriteXml(value);

    public static byte[] WriteBinary(PlistValue value) => PropertyListSerializer.WriteBinary(value);
}
