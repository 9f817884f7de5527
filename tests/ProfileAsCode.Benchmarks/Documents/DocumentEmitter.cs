namespace ProfileAsCode.Benchmarks.Documents;

/// <summary>
/// <c>--emit-documents DIR</c>: writes each document as <c>&lt;size&gt;.plist</c> (XML) and
/// <c>&lt;size&gt;.bplist</c> (binary), both from our writers, for every engine to read.
/// </summary>
internal static class DocumentEmitter
{
    public static int Run(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var size in Enum.GetValues<DocumentSize>())
        {
            var stem = Path.Combine(directory, BenchmarkDocuments.FileStem(size));
            var tree = BenchmarkDocuments.Tree(size);
            Emit(stem + ".plist", PlistEngine.WriteXml(tree));
            Emit(stem + ".bplist", PlistEngine.WriteBinary(tree));
        }

        return 0;
    }

    private static void Emit(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        Console.WriteLine($"{path}\t{bytes.Length} bytes");
    }
}
