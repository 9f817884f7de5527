using BenchmarkDotNet.Attributes;
using ProfileAsCode.Benchmarks.Documents;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Benchmarks.Benchmarks;

[MemoryDiagnoser]
public class BinaryWriteBenchmarks
{
    private PlistValue tree = PlistDictionary.Empty;

    [Params(DocumentSize.Typical, DocumentSize.Medium, DocumentSize.Large)]
    public DocumentSize Size { get; set; }

    [GlobalSetup]
    public void Setup() => tree = BenchmarkDocuments.Tree(Size);

    [Benchmark]
    public byte[] WriteBinary() => PlistEngine.WriteBinary(tree);
}
