using BenchmarkDotNet.Attributes;
using ProfileAsCode.Benchmarks.Documents;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Benchmarks.Benchmarks;

/// <summary>Bytes to value tree, in both formats.</summary>
[MemoryDiagnoser]
public class PlistReadBenchmarks
{
    private byte[] xml = [];
    private byte[] binary = [];

    [Params(DocumentSize.Typical, DocumentSize.Medium, DocumentSize.Large)]
    public DocumentSize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var tree = BenchmarkDocuments.Tree(Size);
        xml = PlistEngine.WriteXml(tree);
        binary = PlistEngine.WriteBinary(tree);
    }

    [Benchmark]
    public PlistValue ReadXml() => PlistEngine.ReadXml(xml);

    [Benchmark]
    public PlistValue ReadBinary() => PlistEngine.ReadBinary(binary);
}
