using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Benchmarks;

/// <summary>
/// The only place the benchmarks call the plist engine, so the BenchmarkDotNet classes and the
/// stopwatch mode time exactly the same calls.
/// </summary>
public static class PlistEngine
{
    public static byte[] WriteXml(PlistValue root) => PropertyListSerializer.WriteXml(root);

    public static PlistValue ReadXml(byte[] xml) => PropertyListSerializer.ReadXml(xml);

    public static byte[] WriteBinary(PlistValue root) => PropertyListSerializer.WriteBinary(root);

    public static PlistValue ReadBinary(byte[] binary) => PropertyListSerializer.ReadBinary(binary);
}
