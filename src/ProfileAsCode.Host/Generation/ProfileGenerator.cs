using System.Reflection;
using ProfileAsCode.Files;
using ProfileAsCode.Host.Output;
using ProfileAsCode.Host.Severity;
using ProfileAsCode.Host.Signing;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Host.Generation;

/// <summary>
/// Builds every profile, checks them all together with the rule engine, and writes the profiles
/// that have no errors. A profile that throws is reported (PAC9001) and the others still checked,
/// so one build shows every problem.
/// </summary>
/// <param name="signing">When set, profiles are written signed (see <see cref="ProfileSigning"/>).</param>
/// <param name="compilerReported">What the analyzers already reported in this build: not reported again, still counted.</param>
internal sealed class ProfileGenerator(SeverityPolicy severities, Func<IReadOnlyList<ProfileFacts>, IReadOnlyList<Finding>> checkProject, ProfileSigning? signing = null, CompilerReported? compilerReported = null)
{
    private readonly CompilerReported alreadyReported = compilerReported ?? CompilerReported.None;

    public GenerationResult Run(IReadOnlyList<ProfileCandidate> candidates, string outputDirectory)
    {
        var result = new GenerationResult();
        var built = new List<(ProfileCandidate Candidate, BuiltOutput Output)>();
        foreach (var candidate in candidates)
        {
            try
            {
                built.Add((candidate, candidate.Build()));
            }
            catch (Exception exception)
            {
                result.Diagnostics.Add(new HostDiagnostic(RuleCatalog.ProfileThrew.Id, ReportedSeverity.Error, candidate.Location, DescribeFailure(candidate, exception)));
                result.Failed++;
            }
        }

        var failing = new HashSet<ProfileCandidate>();
        foreach (var (candidate, output) in built)
        {
            foreach (var finding in output.Findings)
            {
                // Building goes on past a shape error, so the files lack the offending key: whatever
                // severity the user gives it, such a profile is never written.
                Report(result, finding, candidate.Location, context: null);
                if (finding.Severity == RuleSeverity.Error)
                {
                    failing.Add(candidate);
                }
            }
        }

        // The same profile-file rule validate runs across files: no two profiles of the project share a UUID.
        var envelopes = built.Where(b => b.Output.Envelope is not null)
            .Select(b => new ProfileFile(b.Output.Envelope!.Name, b.Output.Envelope.Root, b.Candidate))
            .ToList();
        foreach (var finding in ProfileFileRules.CheckAcross(envelopes))
        {
            var candidate = (ProfileCandidate)finding.Origin!;
            if (Report(result, finding, candidate.Location, candidate.Name) == ReportedSeverity.Error)
            {
                failing.Add(candidate);
            }
        }

        foreach (var finding in checkProject(built.Select(b => FactOrigins.Tag(b.Output.Facts, b.Candidate)).ToList()))
        {
            var origin = finding.Origin as FactOrigins.Origin;
            if (Report(result, finding, origin?.Candidate.Location, origin?.Describe()) == ReportedSeverity.Error)
            {
                // A finding that names no profile stops them all: nothing says which one is safe.
                failing.UnionWith(origin is null ? built.Select(b => b.Candidate) : new[] { origin.Candidate });
            }
        }

        var ready = built.Where(b => !failing.Contains(b.Candidate)).Select(b => b.Output.Files).ToList();
        result.Failed += built.Count - ready.Count;
        if (signing is not null)
        {
            try
            {
                // Every profile is signed before the first file is written: a failure leaves the folder as it was.
                ready = ready.Select(signing.Apply).ToList();
            }
            catch (SigningFailedException exception)
            {
                result.Diagnostics.Add(exception.Diagnostic);
                result.Failed += ready.Count;
                result.NothingWritten = true;
                return result;
            }
        }

        foreach (var files in ready)
        {
            var anyWritten = false;
            foreach (var file in files)
            {
                var path = Path.GetFullPath(Path.Combine(outputDirectory, file.FileName));
                anyWritten |= AtomicFile.Write(path, file.Content, skipIfUnchanged: true) == WriteOutcome.Written;
                result.Files.Add(path);
            }

            if (anyWritten)
            {
                result.Written++;
            }
            else
            {
                result.Unchanged++;
            }
        }

        return result;
    }

    private ReportedSeverity Report(GenerationResult result, Finding finding, SourceLocation? location, string? context)
    {
        if (alreadyReported.Contains(finding.Rule.Id, finding.Message))
        {
            // The compiler showed it at its literal, and an error there stops the build before the host runs:
            // reaching here, the user kept it as a warning or suppressed it in source, which holds here too.
            result.AlreadyReported++;
            return ReportedSeverity.Suppressed;
        }

        var severity = severities.Resolve(finding.Rule.Id, finding.Severity, location?.File);
        if (severity is not (ReportedSeverity.Suppressed or ReportedSeverity.Hidden))
        {
            var where = context is null ? "" : " [" + context + "]";
            result.Diagnostics.Add(new HostDiagnostic(finding.Rule.Id, severity, location, finding.Message + where + " (" + finding.Rule.HelpLink + ")"));
        }

        return severity;
    }

    private static string DescribeFailure(ProfileCandidate candidate, Exception exception)
    {
        while (exception is TargetInvocationException { InnerException: { } inner })
        {
            exception = inner;
        }

        // The builder's own exception already names the record and property; anything else is wrapped.
        var text = exception is ProfileBuildException
            ? exception.Message
            : $"'{candidate.Name}' could not be built: {exception.GetType().Name}: {exception.Message}";
        return text.ReplaceLineEndings(" ");
    }
}
