using ProfileAsCode.Host.Generation;
using ProfileAsCode.Host.Severity;
using ProfileAsCode.Json;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Tenant.Exports;

namespace ProfileAsCode.Host.Tenant;

/// <summary>
/// The project's ProfileAsCodeTenantExport files, read by the rule engine's own reader (the analyzer and the
/// CLI read them the same way). A file that cannot be read is one PAC9002 error at that file, and then no
/// profile is checked against half a tenant: the build stops before anything is written.
/// </summary>
internal static class TenantExportInput
{
    public static TenantExportResult Read(IReadOnlyList<string> paths, out IReadOnlyList<HostDiagnostic> problems)
    {
        var files = new List<ExportFile>();
        var unreadable = new List<HostDiagnostic>();
        foreach (var path in paths)
        {
            var problem = TryRead(path, out var file);
            if (problem is null)
            {
                files.Add(file!);
            }
            else
            {
                unreadable.Add(Problem(path, problem));
            }
        }

        var result = TenantExportReader.Read(files);
        // The reader names the file first ("path: what; what was expected"): the location is that file.
        foreach (var line in result.Problems)
        {
            var file = files.FirstOrDefault(f => line.StartsWith(f.Name + ": ", StringComparison.Ordinal));
            unreadable.Add(file is null ? Problem(paths[0], line) : Problem(file.Name, line[(file.Name.Length + 2)..]));
        }

        problems = unreadable;
        return result;
    }

    private static string? TryRead(string path, out ExportFile? file)
    {
        file = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return "no such file; the ProfileAsCodeTenantExport item names a file that is not there";
            }

            if (info.Length > JsonLimits.Default.MaxInputBytes)
            {
                return $"{info.Length / (1024 * 1024)} MB; exports of at most {JsonLimits.Default.MaxInputBytes / (1024 * 1024)} MB are read";
            }

            file = new ExportFile(path, File.ReadAllBytes(path));
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "cannot be read: " + exception.Message.ReplaceLineEndings(" ");
        }
    }

    private static HostDiagnostic Problem(string path, string what) =>
        new(RuleCatalog.BuildSetupFailed.Id, ReportedSeverity.Error, new SourceLocation(path, 0),
            "Entra ID tenant export (ProfileAsCodeTenantExport): " + what.TrimEnd('.') + ". Profiles are not checked against a partly read tenant, so none is written. (" + RuleCatalog.BuildSetupFailed.HelpLink + ")");
}
