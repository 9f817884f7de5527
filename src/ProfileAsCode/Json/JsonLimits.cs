namespace ProfileAsCode.Json;

/// <summary>
/// Bounds on what <see cref="JsonReader"/> reads, so a hostile or runaway file fails cleanly and
/// promptly instead of exhausting memory or the stack. The defaults hold every Microsoft Graph export
/// we expect (a sign-in log page of 1,000 records is about 5 MB).
/// </summary>
internal sealed class JsonLimits
{
    public static readonly JsonLimits Default = new(
        maxInputBytes: 64 * 1024 * 1024,
        maxDepth: 64,
        maxStringLength: 1024 * 1024,
        maxMembers: 10_000,
        maxValues: 4_000_000);

    public JsonLimits(int maxInputBytes, int maxDepth, int maxStringLength, int maxMembers, int maxValues)
    {
        MaxInputBytes = maxInputBytes;
        MaxDepth = maxDepth;
        MaxStringLength = maxStringLength;
        MaxMembers = maxMembers;
        MaxValues = maxValues;
    }

    /// <summary>Largest input read, in bytes (for text input: in characters).</summary>
    public int MaxInputBytes { get; }

    /// <summary>Deepest nesting of objects and arrays (System.Text.Json's default is the same 64).</summary>
    public int MaxDepth { get; }

    /// <summary>Longest string, member name or number, in characters.</summary>
    public int MaxStringLength { get; }

    /// <summary>Most members in one object.</summary>
    public int MaxMembers { get; }

    /// <summary>Most values in the whole document (every object, array, string, number and literal counts).</summary>
    public int MaxValues { get; }
}
