using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Input;

/// <summary>The tool's one door to the library's plist readers and writers.</summary>
internal static class PlistCodec
{
    public static PlistValue Read(byte[] bytes) => throw new NotSupportedException("plist reader not merged yet");

    public static byte[] WriteXml(PlistValue value) => throw new NotSupportedException("plist writer not merged yet");

    public static byte[] WriteBinary(PlistValue value) => throw new NotSupportedException("plist writer not merged yet");
}
