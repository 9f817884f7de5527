using System.Text.RegularExpressions;
using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// A line of <c>jamf plan</c> or <c>jamf apply</c> text, safe for a terminal (<see cref="Printable"/>) and for a CI log.
/// The Azure Pipelines agent acts on <c>##vso[…]</c> and <c>##[…]</c> wherever they stand in a line a step prints
/// ("Logging commands", learn.microsoft.com/azure/devops/pipelines/scripts/logging-commands; microsoft/azure-pipelines-agent
/// PR #3987), so a profile named that way on the server could set variables or PATH for later steps. The marker is
/// written <c>#\u0023vso[</c>: still readable, no longer a command. GitHub Actions reads <c>::command::</c> only at the
/// start of a line ("Workflow commands for GitHub Actions"); every line here starts with the tool's own words or a
/// file name, never with server text.
/// </summary>
internal static partial class CiLogText
{
    public static string Line(string text) => Neutralise(Printable.Line(text));

    public static string Neutralise(string text) => Marker().Replace(text, "#\\u0023");

    [GeneratedRegex(@"##(?=vso\[|\[)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Marker();
}
