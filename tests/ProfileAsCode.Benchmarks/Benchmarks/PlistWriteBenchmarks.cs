using BenchmarkDotNet.Attributes;
using ProfileAsCode.Benchmarks.Documents;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Benchmarks.Benchmarks;

/// <summary>Value tree to bytes, in both formats.</summary>
[MemoryDiagnoser]
public class PlistWriteBenchmarks
{
    private PlistValue tree = PlistDictionary.Empty;

    [Params(DocumentSize.Typical, DocumentSize.Medium, DocumentSize.Large)]
    public DocumentSize Size { get; set; }

    [GlobalSetup]
    public void Setup() => tree = BenchmarkDocuments.Tree(Size);

    [Benchmark]
    public byte[] WriteXml() => PlistEngine.WriteXml(tree);

    [Benchmark]
    public byte[] WriteBinary() => PlistEngine.WriteBinary(tree);
}
