namespace ProfileAsCode.PropertyList;

/// <summary>
/// Input that is not a well-formed property list. <see cref="Line"/>/<see cref="Column"/> locate
/// the problem in XML input (1-based); <see cref="Offset"/> in binary input.
/// </summary>
public sealed class PlistFormatException : FormatException
{
    public PlistFormatException(string message, int line, int column)
        : base($"({line},{column}): {message}")
    {
        Line = line;
        Column = column;
        Reason = message;
    }

    public PlistFormatException(string message, long offset)
        : base($"at byte {offset}: {message}")
    {
        Offset = offset;
        Reason = message;
    }

    /// <summary>What was wrong, without the location prefix.</summary>
    public string Reason { get; }

    public int? Line { get; }

    public int? Column { get; }

    public long? Offset { get; }
}
