using System.Reflection;
using ProfileAsCode.Host.Generation;
using ProfileAsCode.Host.Output;
using ProfileAsCode.Host.Signing;
using ProfileAsCode.Host.Tenant;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.Host;

/// <summary>One run of the host: options → profiles → checks → files → list → summary.</summary>
internal static class HostRun
{
    public const int Success = 0;
    public const int ProfileErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    public static int Execute(string[] args, TextWriter output, TextWriter error)
    {
        HostOptions options;
        try
        {
            options = HostOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            error.WriteLine($"ProfileAsCode.Host: error PAC9002: {exception.Message}");
            error.WriteLine(HostOptions.Usage);
            return UsageError;
        }

        IReadOnlyList<ProfileCandidate> candidates;
        try
        {
            candidates = ModelProfileSource.Discover(AssemblyLoading.Load(options.AssemblyPath), options.Form, options.WriteBarePlist);
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException or ReflectionTypeLoadException)
        {
            var reason = exception is ReflectionTypeLoadException { LoaderExceptions: { Length: > 0 } loader } ? loader[0]!.Message : exception.Message;
            output.WriteLine($"{options.AssemblyPath}: error PAC9002: ProfileAsCode could not load the project's assembly to find its profiles: {reason.ReplaceLineEndings(" ")}");
            return ProfileErrors;
        }

        ProfileSigning? signing;
        try
        {
            signing = ProfileSigning.Open(options);
        }
        catch (SigningFailedException exception)
        {
            output.WriteLine(exception.Diagnostic.Format(options.AssemblyPath));
            return ProfileErrors;
        }

        TenantCheckRun? tenant = null;
        if (options.TenantExports.Count > 0)
        {
            var exports = TenantExportInput.Read(options.TenantExports, out var unreadable);
            if (unreadable.Count > 0)
            {
                foreach (var problem in unreadable)
                {
                    output.WriteLine(problem.Format(options.AssemblyPath));
                }

                return ProfileErrors;
            }

            tenant = new TenantCheckRun(exports, options.TenantExports.Count);
        }

        var context = RuleContext.ForBuild(JamfConnectVersions.Parse(options.JamfConnectVersion));
        var generator = new ProfileGenerator(
            options.CreateSeverityPolicy(),
            facts => tenant is null ? RuleEngine.CheckProject(facts, context) : [.. RuleEngine.CheckProject(facts, context), .. tenant.Check(facts)],
            signing,
            CompilerReported.Read(options.CompilerLog));
        var previous = FileList.Read(options.ListPath);
        var result = generator.Run(candidates, options.OutputDirectory);
        if (!result.NothingWritten)
        {
            FileList.RemoveStale(previous, result.Files, options.OutputDirectory);
            FileList.Write(options.ListPath, result.Files);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.Format(options.AssemblyPath));
        }

        output.WriteLine(Summary.Describe(result, options.OutputDirectory, signing?.Description));
        foreach (var line in tenant?.Describe() ?? [])
        {
            output.WriteLine(line);
        }

        return result.HasErrors ? ProfileErrors : Success;
    }
}
