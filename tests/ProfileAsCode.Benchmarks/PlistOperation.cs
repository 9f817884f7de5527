using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Benchmarks;

/// <summary>The four engine operations compared with plistlib and libplist, named as the runner's table names them.</summary>
public enum PlistOperation
{
    XmlWrite,
    XmlRead,
    BinaryWrite,
    BinaryRead,
}

/// <summary>
/// The only place the benchmarks call the plist engine, so the BenchmarkDotNet classes and the
/// stopwatch mode time exactly the same calls.
/// </summary>
public static class PlistEngine
{
    public static bool Supports(PlistOperation operation) => operation switch
    {
        PlistOperation.XmlWrite => true,
        _ => false, // the reader and the binary format are not on this branch yet
    };

    public static byte[] WriteXml(PlistValue root) => PropertyListSerializer.WriteXml(root);
}
