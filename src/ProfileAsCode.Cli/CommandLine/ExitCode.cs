namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// The tool's exit codes, as CI scripts rely on them: 0 done, nothing to report; 1 the input was read and
/// has errors (validate), or the command found differences; 2 the command line or an input file could not
/// be used at all, nothing was written; 70 a bug in the tool, not a problem with the input (EX_SOFTWARE,
/// "internal software error", of sysexits(3)), so a script can tell the two apart and report it.
/// </summary>
internal static class ExitCode
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int BadInput = 2;
    public const int Bug = 70;
}
