using System.Runtime.InteropServices;

namespace ProfileAsCode.Benchmarks.Measurement;

/// <summary>
/// CPU time consumed by the whole process (every thread, so background GC work counts), in
/// nanoseconds. On a shared machine wall time mostly measures who else is running; CPU time
/// measures the work. Linux only (CLOCK_PROCESS_CPUTIME_ID); elsewhere null, and callers fall back to wall time.
/// </summary>
internal static partial class ProcessCpuClock
{
    private const int ClockProcessCpuTimeId = 2;

    public static double? NowNanoseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return clock_gettime(ClockProcessCpuTimeId, out var time) == 0 ? (time.Seconds * 1e9) + time.Nanoseconds : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
