using System.Reflection;
using ProfileAsCode.Host.Output;
using ProfileAsCode.Host.Severity;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Host.Generation;

/// <summary>
/// Builds every profile, checks them all together with the rule engine, and writes the profiles
/// that have no errors. A profile that throws is reported (PAC9001) and the others still checked,
/// so one build shows every problem.
/// </summary>
public sealed class ProfileGenerator(SeverityPolicy severities, Func<IReadOnlyList<ProfileFacts>, IReadOnlyList<Finding>> checkProject)
{
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
        foreach (var finding in checkProject(built.Select(b => FactOrigins.Tag(b.Output.Facts, b.Candidate)).ToList()))
        {
            var origin = finding.Origin as FactOrigins.Origin;
            var location = origin?.Candidate.Location;
            var severity = severities.Resolve(finding.Rule.Id, finding.Rule.DefaultSeverity, location?.File);
            if (severity is ReportedSeverity.Suppressed or ReportedSeverity.Hidden)
            {
                continue;
            }

            var where = origin is null ? "" : " [" + origin.Describe() + "]";
            result.Diagnostics.Add(new HostDiagnostic(finding.Rule.Id, severity, location, finding.Message + where + " (" + finding.Rule.HelpLink + ")"));
            if (severity == ReportedSeverity.Error)
            {
                // A finding that names no profile stops them all: nothing says which one is safe.
                failing.UnionWith(origin is null ? built.Select(b => b.Candidate) : new[] { origin.Candidate });
            }
        }

        foreach (var (candidate, output) in built)
        {
            if (failing.Contains(candidate))
            {
                result.Failed++;
                continue;
            }

            var anyWritten = false;
            foreach (var file in output.Files)
            {
                var path = Path.GetFullPath(Path.Combine(outputDirectory, file.FileName));
                anyWritten |= AtomicFileWriter.WriteIfChanged(path, file.Content) == WriteOutcome.Written;
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

    private static string DescribeFailure(ProfileCandidate candidate, Exception exception)
    {
        while (exception is TargetInvocationException { InnerException: { } inner })
        {
            exception = inner;
        }

        var text = exception.Message.ReplaceLineEndings(" ");
        return $"'{candidate.Name}' could not be built: {exception.GetType().Name}: {text}";
    }
}
