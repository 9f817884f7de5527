namespace ProfileAsCode.PropertyList;

/// <summary>Bounds shared by the readers and writers, so hostile or runaway input fails cleanly.</summary>
internal static class PlistLimits
{
    /// <summary>
    /// Deepest container nesting read or written. Real profiles nest under ten levels; the cap keeps
    /// recursion far from the thread's stack limit.
    /// </summary>
    public const int MaxDepth = 512;
}
