namespace ProfileAsCode.PropertyList;

/// <summary>Bounds shared by the readers and writers, so hostile or runaway input fails cleanly.</summary>
internal static class PlistLimits
{
    /// <summary>
    /// Deepest container nesting read or written. Real profiles nest under ten levels; the cap keeps
    /// recursion far from the thread's stack limit.
    /// </summary>
    public const int MaxDepth = 512;

    /// <summary>The floor of <see cref="MaxExpandedBytes"/>: small files may share generously.</summary>
    public const long MinExpandedBytesLimit = 16L << 20;

    /// <summary>The absolute cap of <see cref="MaxExpandedBytes"/>, whatever the file size.</summary>
    public const long MaxExpandedBytesLimit = 256L << 20;

    /// <summary>How many times its own size a binary plist may expand to.</summary>
    public const int ExpandedBytesPerInputByte = 32;

    /// <summary><see cref="MaxExpandedBytes"/> in one line, for messages and docs.</summary>
    public static readonly string ExpandedBytesRule =
        $"a binary plist may expand through shared references to {ExpandedBytesPerInputByte} times its size, at least {MinExpandedBytesLimit >> 20} MiB and at most {MaxExpandedBytesLimit >> 20} MiB";

    /// <summary>
    /// How many bytes a binary plist of <paramref name="length"/> bytes may stand for once every shared
    /// reference is counted as a copy (each object counted at its size in the file, each time it is
    /// referenced). Writers share equal values to save space, so a real file expands a little; one
    /// that references a 1 MB string 20,000 times stands for 20 GB, which every consumer (the XML
    /// writer, the rule engine, a terminal) would have to walk.
    /// </summary>
    public static long MaxExpandedBytes(long length) =>
        Math.Min(MaxExpandedBytesLimit, Math.Max(MinExpandedBytesLimit, ExpandedBytesPerInputByte * length));
}
