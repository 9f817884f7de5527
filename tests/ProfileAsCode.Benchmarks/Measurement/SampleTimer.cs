using System.Diagnostics;

namespace ProfileAsCode.Benchmarks.Measurement;

/// <summary>
/// The timing protocol every harness of eng/bench follows (plistlib_bench.py and libplist_bench.c
/// implement the same steps), so the three columns of the comparison differ only in the engine:
/// warm up for at least <c>warmup</c> of CPU time and three calls, size a sample to take about
/// <c>sampleTime</c> of CPU time,
/// time <c>samples</c> samples and report, per call, the median wall time, and the median and the
/// fastest CPU time of the process (see <see cref="ProcessCpuClock"/>).
/// </summary>
internal sealed record SampleTimer(TimeSpan Warmup, TimeSpan SampleTime, int Samples)
{
    public Timing Measure(Func<int> operation)
    {
        // Warm-up and sample sizes count CPU time, not wall time: on a loaded machine a second of wall
        // time may hold a few milliseconds of work, too little for tiered JIT to promote the hot methods.
        var sink = 0;
        var warmupCalls = 0;
        var warmupStart = CpuOrWall();
        while (CpuOrWall() - warmupStart < Warmup.TotalNanoseconds || warmupCalls < 3)
        {
            sink += operation();
            warmupCalls++;
        }

        var perCall = (CpuOrWall() - warmupStart) / warmupCalls;
        var callsPerSample = Math.Max(1, (int)Math.Ceiling(SampleTime.TotalNanoseconds / perCall));
        var wall = new double[Samples];
        var cpu = new double[Samples];
        for (var s = 0; s < Samples; s++)
        {
            var cpuStart = ProcessCpuClock.NowNanoseconds();
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < callsPerSample; i++)
            {
                sink += operation();
            }

            wall[s] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / callsPerSample;
            cpu[s] = cpuStart is { } begin && ProcessCpuClock.NowNanoseconds() is { } end ? (end - begin) / callsPerSample : wall[s];
        }

        GC.KeepAlive(sink);
        var wallMedian = Median(wall);
        var cpuMedian = Median(cpu);
        return new Timing(wallMedian, cpuMedian, cpu[0], callsPerSample);
    }

    private static double CpuOrWall() => ProcessCpuClock.NowNanoseconds() ?? Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency);

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }
}

/// <summary>Per call: median wall time, median and fastest CPU time over the samples.</summary>
internal readonly record struct Timing(double WallNanoseconds, double CpuNanoseconds, double FastestCpuNanoseconds, int CallsPerSample);
