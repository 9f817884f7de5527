using ProfileAsCode.PropertyList;
using ProfileAsCode.Tests.Oracles;

namespace ProfileAsCode.Tests.PropertyList;

/// <summary>
/// Runs every oracle once over the generated trees, in batches (one python3 process per operation,
/// one bash loop per plistutil direction), and keeps the results for the tests to compare.
/// </summary>
public sealed class OracleFixture
{
    public const int TreeCount = 300;

    public OracleFixture()
    {
        Plistutil.EnsureInstalled();
        Trees = PlistTreeGenerator.Trees(TreeCount);
        OurXml = Trees.Select(PropertyListSerializer.WriteXml).ToList();
        OurBinary = Trees.Select(PropertyListSerializer.WriteBinary).ToList();

        PlistlibOfOurXml = PythonPlistlib.Loads(OurXml);
        PlistlibOfOurBinary = PythonPlistlib.Loads(OurBinary);
        PlistlibRedumpOfOurXml = PythonPlistlib.Redump(OurXml);
        PlistlibXml = PythonPlistlib.Dumps(Trees, "xml");
        PlistlibBinary = PythonPlistlib.Dumps(Trees, "bin");

        PlistutilBinaryOfOurXml = Plistutil.Convert(OurXml, "bin");
        PlistutilXmlOfTheirBinary = Plistutil.Convert(PlistutilBinaryOfOurXml.Select(r => r.Bytes ?? []).ToList(), "xml");
        PlistutilXmlOfOurBinary = Plistutil.Convert(OurBinary, "xml");
        PlistlibOfPlistutilXml = PythonPlistlib.Loads(PlistutilXmlOfTheirBinary.Select(r => r.Bytes ?? []));
    }

    public IReadOnlyList<PlistValue> Trees { get; }

    public IReadOnlyList<byte[]> OurXml { get; }

    public IReadOnlyList<byte[]> OurBinary { get; }

    public IReadOnlyList<(PlistValue? Value, string? Error)> PlistlibOfOurXml { get; }

    public IReadOnlyList<(PlistValue? Value, string? Error)> PlistlibOfOurBinary { get; }

    public IReadOnlyList<(byte[]? Bytes, string? Error)> PlistlibRedumpOfOurXml { get; }

    public IReadOnlyList<(byte[]? Bytes, string? Error)> PlistlibXml { get; }

    public IReadOnlyList<(byte[]? Bytes, string? Error)> PlistlibBinary { get; }

    public IReadOnlyList<(byte[]? Bytes, string? Error)> PlistutilBinaryOfOurXml { get; }

    public IReadOnlyList<(byte[]? Bytes, string? Error)> PlistutilXmlOfTheirBinary { get; }

    public IReadOnlyList<(byte[]? Bytes, string? Error)> PlistutilXmlOfOurBinary { get; }

    public IReadOnlyList<(PlistValue? Value, string? Error)> PlistlibOfPlistutilXml { get; }
}
