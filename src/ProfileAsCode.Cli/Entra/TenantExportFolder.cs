using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Rules.Tenant.Exports;

namespace ProfileAsCode.Cli.Entra;

/// <summary>
/// <c>--tenant-export DIR</c>: every <c>*.json</c> in the folder (not its subfolders), in ordinal order, or one
/// file. A file the reader cannot read stops the command (exit 2) with one line naming it and what was expected.
/// </summary>
internal static class TenantExportFolder
{
    public static TenantExportResult Read(string folderOrFile)
    {
        var result = TenantExportReader.Read(Files(folderOrFile).Select(JsonInputFile.Read).ToList());
        if (result.Problems.Count > 0)
        {
            var more = result.Problems.Count > 1 ? $" (and {result.Problems.Count - 1} more export files that cannot be read)" : "";
            throw new CliException(result.Problems[0] + more);
        }

        return result;
    }

    private static IReadOnlyList<string> Files(string folderOrFile)
    {
        if (!Directory.Exists(folderOrFile))
        {
            return File.Exists(folderOrFile)
                ? [folderOrFile]
                : throw CliException.InFile(folderOrFile, "no such folder; give the folder the exports were written to (profile-as-code entra export-commands prints the commands)");
        }

        var files = Directory.EnumerateFiles(folderOrFile)
            .Where(f => string.Equals(Path.GetExtension(f), ".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0
            ? files
            : throw CliException.InFile(folderOrFile, "this folder has no .json exports; write them with the commands profile-as-code entra export-commands prints");
    }
}
