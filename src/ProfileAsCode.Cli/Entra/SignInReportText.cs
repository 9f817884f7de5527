using System.Globalization;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Rules.Tenant.SignIns;
using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.Entra;

/// <summary>
/// The sign-in diagnosis for a terminal: one table row per user and kind of sign-in, then, for each group that
/// is not as designed or has failures, why and every AADSTS code with its cause in this setup and the fix.
/// Everything from the log (user names, times, Entra's failure text) is escaped and cut.
/// </summary>
internal static class SignInReportText
{
    private const int MaxUser = 48;

    public static IEnumerable<(string Line, Tone Tone)> Lines(SignInReport report)
    {
        var lines = new List<(string, Tone)>
        {
            ("Expected (Jamf's Conditional Access guide): interactive sign-ins with multifactor authentication; ROPG sign-ins single-factor, no Conditional Access applied, successful.", Tone.Plain),
            ("Client apps: " + (report.ClientAppIds.Count == 0 ? "none found" : string.Join(", ", report.ClientAppIds)) + $"; {report.Ignored} sign-in(s) of other apps left out.", Tone.Dim),
        };
        if (report.Groups.Count > 0)
        {
            lines.Add(("", Tone.Plain));
            lines.AddRange(Table(report.Groups));
        }

        foreach (var group in report.Groups.Where(g => g.Observations.Count > 0 || g.Failures.Count > 0))
        {
            lines.Add(("", Tone.Plain));
            lines.Add(($"{Shown(group.User, MaxUser)}, {KindName(group.Kind)}: {VerdictName(group.Verdict)}", ToneOf(group.Verdict)));
            lines.AddRange(group.Observations.Select(observation => ("  " + observation, Tone.Warning)));
            foreach (var failure in group.Failures)
            {
                var code = failure.Code;
                lines.Add(($"  AADSTS{code.Code} ×{failure.Count} ({WhoseName(failure.Kind)}): {code.Meaning}", failure.Kind == FailureKind.Configuration ? Tone.Error : Tone.Plain));
                lines.Add(($"    cause here: {code.Cause}", Tone.Plain));
                lines.Add(($"    fix: {code.Fix} ({code.Source})", Tone.Plain));
                if (failure.FailureReason is { Length: > 0 } reason)
                {
                    lines.Add(($"    Entra's text: \"{UntrustedText.Escape(reason, 200)}\"", Tone.Dim));
                }
            }
        }

        if (report.Notes.Count > 0)
        {
            lines.Add(("", Tone.Plain));
            lines.AddRange(report.Notes.Select(note => ("Note: " + note, Tone.Dim)));
        }

        lines.Add(("", Tone.Plain));
        lines.Add(report.DesignMet
            ? ("Design met: the sign-ins match Jamf's design.", Tone.Good)
            : ("Design not met: see above.", Tone.Error));
        // Whatever the log held, one terminal line per line: no control characters, no bidi overrides.
        return lines.Select(line => (UntrustedText.Escape(line.Item1, Printable.MaxLine), line.Item2));
    }

    public static string KindName(SignInKind kind) => kind switch
    {
        SignInKind.InteractiveOidc => "interactive",
        SignInKind.Ropg => "ROPG",
        _ => "other",
    };

    private static IEnumerable<(string, Tone)> Table(IReadOnlyList<SignInGroup> groups)
    {
        string[] header = ["USER", "KIND", "SIGN-INS", "SUCCEEDED", "LAST", "VERDICT"];
        var rows = groups.Select(g => (Cells: new[]
        {
            Shown(g.User, MaxUser), KindName(g.Kind), g.Count.ToString(CultureInfo.InvariantCulture),
            g.Successes.ToString(CultureInfo.InvariantCulture), g.Last is null ? "-" : Shown(g.Last, 30), VerdictName(g.Verdict),
        }, Tone: ToneOf(g.Verdict))).ToList();
        var widths = header.Select((title, i) => rows.Select(r => r.Cells[i].Length).Append(title.Length).Max()).ToArray();
        yield return (Row(header, widths), Tone.Plain);
        foreach (var (cells, tone) in rows)
        {
            yield return (Row(cells, widths), tone);
        }
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => i == cells.Length - 1 ? cell : cell.PadRight(widths[i])));

    private static string Shown(string text, int max) => UntrustedText.Escape(text, max);

    private static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.MatchesDesign => "as designed",
        Verdict.DoesNotMatch => "NOT as designed",
        _ => "undecided",
    };

    private static string WhoseName(FailureKind kind) => kind switch
    {
        FailureKind.Configuration => "setup problem",
        FailureKind.Account => "the user's account or input",
        _ => "expected: part of the MFA prompt",
    };

    private static Tone ToneOf(Verdict verdict) => verdict switch
    {
        Verdict.MatchesDesign => Tone.Good,
        Verdict.DoesNotMatch => Tone.Error,
        _ => Tone.Plain,
    };
}
