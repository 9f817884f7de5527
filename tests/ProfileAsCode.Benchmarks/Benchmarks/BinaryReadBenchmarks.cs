using BenchmarkDotNet.Attributes;
using ProfileAsCode.Benchmarks.Documents;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Benchmarks.Benchmarks;

[MemoryDiagnoser]
public class BinaryReadBenchmarks
{
    private byte[] binary = [];

    [Params(DocumentSize.Typical, DocumentSize.Medium, DocumentSize.Large)]
    public DocumentSize Size { get; set; }

    [GlobalSetup]
    public void Setup() => binary = PlistEngine.WriteBinary(BenchmarkDocuments.Tree(Size));

    [Benchmark]
    public PlistValue ReadBinary() => PlistEngine.ReadBinary(binary);
}
