namespace ProfileAsCode.Json;

/// <summary>
/// Input that is not JSON we read, located by 1-based <see cref="Line"/> and <see cref="Column"/>
/// (the column counts UTF-16 code units of the decoded text). The message never contains the input
/// raw: quoted input passes through <see cref="JsonDisplay.Shown(string)"/>.
/// </summary>
internal sealed class JsonFormatException : FormatException
{
    public JsonFormatException(string reason, int line, int column)
        : base("(" + line + "," + column + "): " + reason)
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>What was wrong, without the location prefix.</summary>
    public string Reason { get; }

    public int Line { get; }

    public int Column { get; }
}
