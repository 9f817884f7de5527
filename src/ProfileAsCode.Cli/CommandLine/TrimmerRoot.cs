namespace ProfileAsCode.Cli.CommandLine;

/// <summary>Why reflection over the library's own types is safe in a trimmed or Native AOT tool.</summary>
internal static class TrimmerRoot
{
    /// <summary>The justification the suppressions cite; the csproj's TrimmerRootAssembly is what makes it true.</summary>
    public const string Library =
        "The ProfileAsCode library is a TrimmerRootAssembly of the tool (ProfileAsCode.Cli.csproj): all its types and members are kept.";
}
