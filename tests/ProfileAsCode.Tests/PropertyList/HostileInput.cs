using System.Diagnostics;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

internal static class HostileInput
{
    /// <summary>Generous for a shared 2-core machine; a hang, a quadratic scan or an exponential expansion takes far longer.</summary>
    public static readonly TimeSpan Prompt = TimeSpan.FromSeconds(3);

    /// <summary>Asserts that reading <paramref name="input"/> fails with a <see cref="PlistFormatException"/>, promptly.</summary>
    public static PlistFormatException Refused(Func<PlistValue> read)
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<PlistFormatException>(() => read());
        clock.Stop();
        Assert.True(clock.Elapsed < Prompt, $"took {clock.Elapsed.TotalMilliseconds:F0} ms: {error.Message}");
        return error;
    }

    /// <summary>
    /// Reads <paramref name="iterations"/> corrupted copies of <paramref name="original"/> (each with 1–3
    /// edits by <paramref name="corrupt"/>); every read must succeed or throw <see cref="PlistFormatException"/>,
    /// never anything else, and the whole run must stay bounded. Returns how many were refused.
    /// </summary>
    public static int RefusalsAmongCorruptions(byte[] original, int iterations, int seed, Action<Random, byte[]> corrupt)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var refused = 0;
        for (var i = 0; i < iterations; i++)
        {
            var bytes = (byte[])original.Clone();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                corrupt(random, bytes);
            }

            try
            {
                PropertyListSerializer.Read(bytes);
            }
            catch (PlistFormatException)
            {
                refused++;
            }
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{iterations} corrupted reads took {clock.Elapsed}");
        return refused;
    }
}
