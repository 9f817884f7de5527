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
}
