using System.Globalization;
using ProfileAsCode.Benchmarks.Documents;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Benchmarks.Measurement;

/// <summary>
/// <c>--measure DIR</c>: times our engine on the documents <c>--emit-documents</c> wrote to DIR, with the
/// protocol of <see cref="SampleTimer"/>, and prints one tab-separated line per operation and
/// document: <c>engine operation document wall_ns cpu_ns fastest_cpu_ns calls_per_sample</c> (per call).
/// This is a plain stopwatch loop (after warm-up, tiered JIT has promoted the hot methods), not
/// BenchmarkDotNet: it exists so the comparison runner can interleave engines in one run.
/// </summary>
internal static class StopwatchMode
{
    public static int Run(string directory, SampleTimer timer, IReadOnlyCollection<DocumentSize> sizes)
    {
        foreach (var size in sizes)
        {
            var stem = Path.Combine(directory, BenchmarkDocuments.FileStem(size));
            var xml = File.ReadAllBytes(stem + ".plist");
            var binary = File.ReadAllBytes(stem + ".bplist");
            var tree = BenchmarkDocuments.Tree(size);
            if (!PlistEngine.WriteXml(tree).AsSpan().SequenceEqual(xml) || !PlistEngine.ReadBinary(binary).Equals(tree))
            {
                Console.Error.WriteLine($"{stem}.plist/.bplist do not hold this build's generated document; run --emit-documents again.");
                return 2;
            }

            foreach (var operation in Enum.GetValues<PlistOperation>())
            {
                Func<int> call = operation switch
                {
                    PlistOperation.XmlWrite => () => PlistEngine.WriteXml(tree).Length,
                    PlistOperation.XmlRead => () => PlistEngine.ReadXml(xml) is PlistDictionary d ? d.Count : 0,
                    PlistOperation.BinaryWrite => () => PlistEngine.WriteBinary(tree).Length,
                    PlistOperation.BinaryRead => () => PlistEngine.ReadBinary(binary) is PlistDictionary d ? d.Count : 0,
                    _ => throw new InvalidOperationException($"{operation} has no stopwatch call."),
                };
                Report(operation, size, timer.Measure(call));
            }
        }

        return 0;
    }

    private static void Report(PlistOperation operation, DocumentSize size, Timing timing) =>
        Console.WriteLine(string.Join('\t',
            "ProfileAsCode",
            operation.ToString(),
            BenchmarkDocuments.FileStem(size),
            timing.WallNanoseconds.ToString("F0", CultureInfo.InvariantCulture),
            timing.CpuNanoseconds.ToString("F0", CultureInfo.InvariantCulture),
            timing.FastestCpuNanoseconds.ToString("F0", CultureInfo.InvariantCulture),
            timing.CallsPerSample.ToString(CultureInfo.InvariantCulture)));
}
