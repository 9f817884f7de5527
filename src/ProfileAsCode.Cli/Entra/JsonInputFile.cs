using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Exports;

namespace ProfileAsCode.Cli.Entra;

/// <summary>
/// A JSON file the admin exported (tenant objects, sign-in logs), read whole only when it is within the
/// reader's size bound, so a runaway file fails with one line before it fills memory.
/// </summary>
internal static class JsonInputFile
{
    public static ExportFile Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw CliException.InFile(path, "is a folder; give the exported .json file");
        }

        var info = new FileInfo(path);
        if (info.Exists && info.Length > JsonLimits.Default.MaxInputBytes)
        {
            throw CliException.InFile(path, $"is {info.Length / (1024 * 1024)} MB; exports of at most {JsonLimits.Default.MaxInputBytes / (1024 * 1024)} MB are read (export fewer objects, e.g. filter sign-ins by appId and date)");
        }

        return new ExportFile(path, ProfileFileReader.ReadBytes(path));
    }
}
