namespace ProfileAsCode.Cli.CommandLine;

internal enum Verbosity
{
    /// <summary>Errors and the command's own result only.</summary>
    Quiet,
    Normal,

    /// <summary>Also what the tool is doing, file by file.</summary>
    Verbose,
}
