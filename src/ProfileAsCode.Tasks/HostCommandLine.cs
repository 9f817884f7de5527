using Microsoft.Build.Utilities;

namespace ProfileAsCode.Tasks;

internal static class HostCommandLine
{
    public static string? PayloadFormSwitch(string? payloadForm) => payloadForm?.Trim().ToUpperInvariant() switch
    {
        "DIRECT" => "direct",
        "MANAGEDPREFERENCES" or "MCX" => "mcx",
        _ => null,
    };

    public static string Build(GenerateMobileConfigs task)
    {
        var builder = new CommandLineBuilder();
        builder.AppendSwitch("exec");

        // A net8.0 profile project must still build where only a newer runtime is installed.
        builder.AppendSwitch("--roll-forward Major");
        var assemblyWithoutExtension = Path.ChangeExtension(task.AssemblyPath, null);
        builder.AppendSwitchIfNotNull("--runtimeconfig ", assemblyWithoutExtension + ".runtimeconfig.json");
        builder.AppendSwitchIfNotNull("--depsfile ", assemblyWithoutExtension + ".deps.json");
        foreach (var folder in task.ProbingPaths)
        {
            if (!string.IsNullOrWhiteSpace(folder))
            {
                builder.AppendSwitchIfNotNull("--additionalprobingpath ", folder.Trim().TrimEnd('/', '\\'));
            }
        }

        builder.AppendFileNameIfNotNull(task.HostPath);
        builder.AppendSwitchIfNotNull("--assembly ", task.AssemblyPath);
        builder.AppendSwitchIfNotNull("--out ", task.OutputDirectory);
        builder.AppendSwitchIfNotNull("--list ", task.FileListPath);
        builder.AppendSwitchIfNotNull("--form ", PayloadFormSwitch(task.PayloadForm));
        if (task.WriteBarePlist)
        {
            builder.AppendSwitch("--bare-plist");
        }

        foreach (var config in task.AnalyzerConfigFiles)
        {
            builder.AppendSwitchIfNotNull("--severity-config ", config.GetMetadata("FullPath"));
        }

        AppendList(builder, "--nowarn ", task.NoWarn);
        AppendList(builder, "--warnaserror ", task.WarningsAsErrors);
        AppendList(builder, "--warnnotaserror ", task.WarningsNotAsErrors);
        if (task.TreatWarningsAsErrors)
        {
            builder.AppendSwitch("--treat-warnings-as-errors");
        }

        return builder.ToString();
    }

    private static void AppendList(CommandLineBuilder builder, string name, string? list)
    {
        // MSBuild lists use ';' or ','; the host splits on both.
        if (!string.IsNullOrWhiteSpace(list))
        {
            builder.AppendSwitchIfNotNull(name, list!.Trim().Trim(';', ','));
        }
    }
}
