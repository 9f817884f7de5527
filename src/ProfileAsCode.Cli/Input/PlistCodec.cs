using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Input;

/// <summary>The tool's one door to the library's plist readers and writers.</summary>
internal static class PlistCodec
{
    public static PlistValue Read(byte[] bytes) => PropertyListSerializer.Read(bytes);

    public static byte[] WriteXml(PlistValue value) => PropertyListSerializer.WriteXml(value);

    public static byte[] WriteBinary(PlistValue value) => PropertyListSerializer.WriteBinary(value);
}
