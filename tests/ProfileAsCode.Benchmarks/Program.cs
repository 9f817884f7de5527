using BenchmarkDotNet.Running;
using ProfileAsCode.Benchmarks.Documents;
using ProfileAsCode.Benchmarks.Measurement;

namespace ProfileAsCode.Benchmarks;

/// <summary>
/// Three modes:
/// <list type="bullet">
/// <item><c>--emit-documents DIR</c>: write the generated documents for the comparison runner.</item>
/// <item><c>--measure DIR [--warmup-ms N] [--sample-ms N] [--samples N] [--sizes typical,medium,large]</c>:
///   stopwatch timings of our engine, one TSV line per operation and document.</item>
/// <item><c>--allocations</c>: bytes allocated per call of each operation, as a markdown table.</item>
/// <item>anything else: BenchmarkDotNet's switcher (e.g. <c>--filter *</c>, <c>--job short</c>).</item>
/// </list>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "--emit-documents")
        {
            return DocumentEmitter.Run(args[1]);
        }

        if (args is ["--allocations"])
        {
            return AllocationMode.Run();
        }

        if (args.Length >= 2 && args[0] == "--measure")
        {
            var options = ParseOptions(args.AsSpan(2));
            if (options is null)
            {
                Console.Error.WriteLine("usage: --measure DIR [--warmup-ms N] [--sample-ms N] [--samples N] [--sizes typical,medium,large]");
                return 64;
            }

            var (timer, sizes) = options.Value;
            return StopwatchMode.Run(args[1], timer, sizes);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static (SampleTimer Timer, IReadOnlyCollection<DocumentSize> Sizes)? ParseOptions(ReadOnlySpan<string> args)
    {
        int warmupMs = 3000, sampleMs = 100, samples = 9;
        IReadOnlyCollection<DocumentSize> sizes = Enum.GetValues<DocumentSize>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--warmup-ms" when int.TryParse(value, out warmupMs):
                case "--sample-ms" when int.TryParse(value, out sampleMs):
                case "--samples" when int.TryParse(value, out samples) && samples > 0:
                    break;
                case "--sizes":
                    var parsed = new List<DocumentSize>();
                    foreach (var name in value.Split(','))
                    {
                        if (!Enum.TryParse<DocumentSize>(name, ignoreCase: true, out var size))
                        {
                            return null;
                        }

                        parsed.Add(size);
                    }

                    sizes = parsed;
                    break;
                default:
                    return null;
            }
        }

        return args.Length % 2 == 0
            ? (new SampleTimer(TimeSpan.FromMilliseconds(warmupMs), TimeSpan.FromMilliseconds(sampleMs), samples), sizes)
            : null;
    }
}
