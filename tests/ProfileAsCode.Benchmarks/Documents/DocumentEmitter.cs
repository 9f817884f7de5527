using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Benchmarks.Documents;

/// <summary><c>--emit-documents DIR</c>: writes each document as <c>&lt;size&gt;.plist</c> (XML, our writer) for the other engines to read.</summary>
internal static class DocumentEmitter
{
    public static int Run(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var size in Enum.GetValues<DocumentSize>())
        {
            var path = Path.Combine(directory, BenchmarkDocuments.FileStem(size) + ".plist");
            var xml = PropertyListSerializer.WriteXml(BenchmarkDocuments.Tree(size));
            File.WriteAllBytes(path, xml);
            Console.WriteLine($"{path}\t{xml.Length} bytes");
        }

        return 0;
    }
}
