namespace ProfileAsCode.Cli.CommandLine;

/// <summary>The tool's exit codes, as CI scripts rely on them.</summary>
internal static class ExitCode
{
    /// <summary>Done; nothing to report.</summary>
    public const int Ok = 0;

    /// <summary>The input was read, and it has errors (validate), or the command found problems.</summary>
    public const int Findings = 1;

    /// <summary>The command line or an input file could not be used at all; nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// A bug in the tool, not a problem with the input: EX_SOFTWARE ("internal software error") of
    /// sysexits(3), so a script can tell it from bad input and report it.
    /// </summary>
    public const int Bug = 70;
}
