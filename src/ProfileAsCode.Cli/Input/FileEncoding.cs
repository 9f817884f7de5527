namespace ProfileAsCode.Cli.Input;

/// <summary>How a profile file was stored.</summary>
internal enum FileEncoding
{
    Xml,
    Binary,
}
