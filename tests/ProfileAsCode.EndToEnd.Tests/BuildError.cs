using System.Text.RegularExpressions;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>One `file(line,col): error ID: message [project]` line of MSBuild's output.</summary>
internal sealed record BuildError(string File, int Line, string Id, string Message)
{
    private static readonly Regex Canonical = new(@"^(?<file>.+?)\((?<line>\d+),\d+\): error (?<id>[A-Z]+\d+): (?<message>.*) \[[^\]]+\]$", RegexOptions.Multiline);

    /// <summary>Every distinct error (MSBuild repeats them in its summary), in order of first appearance.</summary>
    public static IReadOnlyList<BuildError> Parse(string output) =>
        Canonical.Matches(output.ReplaceLineEndings("\n"))
            .Select(m => new BuildError(m.Groups["file"].Value.Trim(), int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["id"].Value, m.Groups["message"].Value))
            .Distinct()
            .ToList();

    /// <summary>The IDs of every error in the output, located or not (a restore error has no file and line).</summary>
    public static IReadOnlySet<string> Ids(string output) =>
        Regex.Matches(output, @"\berror (?<id>[A-Z]+\d+):").Select(m => m.Groups["id"].Value).ToHashSet();
}
