using System.Diagnostics;
using CsCheck;

namespace ProfileAsCode.Testing.Fuzzing;

/// <summary>
/// How the fuzz properties run. In a normal test run: a fixed seed and a fixed number of cases, on one thread, so CI
/// is repeatable. Under <c>eng/fuzz.sh</c>: for <c>PAC_FUZZ_SECONDS</c> seconds on every core, from <c>PAC_FUZZ_SEED</c>
/// or a new random seed. A failing input (after CsCheck has shrunk it) is written to a file in <c>PAC_FUZZ_OUT</c>
/// (default: the system temp folder's pac-fuzz-findings), and the failure names the file and the seed.
/// </summary>
public static class Fuzz
{
    public const string SecondsVariable = "PAC_FUZZ_SECONDS";
    public const string SeedVariable = "PAC_FUZZ_SEED";
    public const string OutputVariable = "PAC_FUZZ_OUT";

    /// <summary>How long each property runs under eng/fuzz.sh; null in a normal test run.</summary>
    public static int? Seconds => int.TryParse(Environment.GetEnvironmentVariable(SecondsVariable), out var seconds) && seconds > 0 ? seconds : null;

    public static string FindingsFolder =>
        Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "pac-fuzz-findings");

    /// <summary>
    /// Checks <paramref name="property"/> on values of <paramref name="gen"/>; returns how many cases ran without a finding.
    /// </summary>
    /// <param name="name">The property's name, for the summary line and the finding's file name.</param>
    /// <param name="ciSeed">The seed of a normal test run (12 characters, CsCheck's format).</param>
    /// <param name="ciCases">How many cases a normal test run checks.</param>
    /// <param name="inputOf">The bytes to save when a case fails, and the extension of the file.</param>
    /// <param name="log">Where the summary line goes (the test's output).</param>
    public static long Check<T>(string name, Gen<T> gen, Action<T> property, string ciSeed, long ciCases, Func<T, (byte[] Bytes, string Extension)> inputOf, Action<string> log)
    {
        var passed = 0L;
        var seconds = Seconds;
        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } given ? given : seconds is null ? ciSeed : null;
        var clock = Stopwatch.StartNew();
        gen.Sample(
            value =>
            {
                property(value);
                Interlocked.Increment(ref passed);
            },
            seed: seed,
            iter: seconds is null ? ciCases : -1,
            time: seconds ?? -1,
            threads: seconds is null ? 1 : -1,
            print: value => Save(name, inputOf(value)));
        log($"FUZZ {name}: {passed} cases without a finding in {clock.Elapsed.TotalSeconds:0.0} s (seed {seed ?? "random"})");
        return passed;
    }

    /// <summary>Writes a failing input to a file and says where, for the failure message.</summary>
    private static string Save(string name, (byte[] Bytes, string Extension) input)
    {
        try
        {
            Directory.CreateDirectory(FindingsFolder);
            var file = Path.Combine(FindingsFolder, $"{name}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input.Bytes))[..16]}{input.Extension}");
            File.WriteAllBytes(file, input.Bytes);
            return $"failing input ({input.Bytes.Length} bytes) written to {file}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"failing input ({input.Bytes.Length} bytes, could not be written: {e.Message}): {Convert.ToBase64String(input.Bytes)}";
        }
    }
}

/// <summary>What one read may cost: a hang, a quadratic scan or an exponential expansion costs far more.</summary>
public static class Bounded
{
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(2);

    /// <summary>Bytes a read of <paramref name="inputLength"/> bytes may allocate: the readers' expansion cap plus room for the tree.</summary>
    public static long Allocation(int inputLength) => (64L << 20) + (256L * inputLength);

    /// <summary>Runs <paramref name="read"/> and asserts it stayed within <see cref="Time"/> and <see cref="Allocation"/>.</summary>
    public static T Run<T>(int inputLength, Func<T> read, string what)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        try
        {
            return read();
        }
        finally
        {
            var elapsed = clock.Elapsed;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (elapsed > Time || allocated > Allocation(inputLength))
            {
                throw new BoundExceededException($"{what} of {inputLength} bytes took {elapsed.TotalMilliseconds:0} ms and allocated {allocated >> 20} MiB (bounds {Time.TotalMilliseconds:0} ms, {Allocation(inputLength) >> 20} MiB)");
            }
        }
    }
}

public sealed class BoundExceededException(string message) : Exception(message);
