namespace ProfileAsCode.Benchmarks;

/// <summary>The four engine operations compared with plistlib and libplist, named as the runner's table names them.</summary>
public enum PlistOperation
{
    XmlWrite,
    XmlRead,
    BinaryWrite,
    BinaryRead,
}
