using BenchmarkDotNet.Attributes;
using ProfileAsCode.Benchmarks.Documents;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Benchmarks.Benchmarks;

[MemoryDiagnoser]
public class XmlReadBenchmarks
{
    private byte[] xml = [];

    [Params(DocumentSize.Typical, DocumentSize.Medium, DocumentSize.Large)]
    public DocumentSize Size { get; set; }

    [GlobalSetup]
    public void Setup() => xml = BenchmarkDocuments.Xml(Size);

    [Benchmark]
    public PlistValue ReadXml() => PlistEngine.ReadXml(xml);
}
