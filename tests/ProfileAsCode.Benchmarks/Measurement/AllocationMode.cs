using ProfileAsCode.Benchmarks.Documents;
using ProfileAsCode.Profiles;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Benchmarks.Measurement;

/// <summary>
/// <c>--allocations</c>: bytes allocated by one call of each operation on each document (after two
/// warm-up calls), as a markdown table. Exact on any machine, unlike times.
/// </summary>
internal static class AllocationMode
{
    public static int Run()
    {
        Console.WriteLine("| Document | XML output | WriteXml | ReadXml | WriteBinary | ReadBinary | ToMobileConfig |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in Enum.GetValues<DocumentSize>())
        {
            var profile = BenchmarkDocuments.Profile(size);
            var tree = BenchmarkDocuments.Tree(size);
            var xml = PlistEngine.WriteXml(tree);
            var binary = PlistEngine.WriteBinary(tree);
            Console.WriteLine(string.Join(" | ",
                $"| {BenchmarkDocuments.FileStem(size)}",
                Format(xml.Length),
                Format(Allocated(() => PlistEngine.WriteXml(tree))),
                Format(Allocated(() => PlistEngine.ReadXml(xml))),
                Format(Allocated(() => PlistEngine.WriteBinary(tree))),
                Format(Allocated(() => PlistEngine.ReadBinary(binary))),
                Format(Allocated(() => ProfileSerializer.ToMobileConfig(profile, PreferencePayloadForm.Direct))) + " |"));
        }

        var typical = Allocated(() => ProfileSerializer.ToMobileConfig(
            ProfileBuilder.Build(typeof(TypicalJamfConnectProfile)).Profile, PreferencePayloadForm.Direct));
        Console.WriteLine();
        Console.WriteLine($"ProfileBuilder.Build + ToMobileConfig, typical record: {Format(typical)}");
        return 0;
    }

    private static long Allocated(Func<object> operation)
    {
        operation();
        operation();
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(operation());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static string Format(long bytes) =>
        bytes >= 1 << 20 ? $"{bytes / 1048576.0:F1} MB" : $"{bytes / 1024.0:F1} KB";
}
