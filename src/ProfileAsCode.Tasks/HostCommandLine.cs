using Microsoft.Build.Utilities;
using S = ProfileAsCode.Host.HostSwitches;

namespace ProfileAsCode.Tasks;

/// <summary>The host's command line; the switch names come from the host's own list (HostSwitches.cs, linked).</summary>
internal static class HostCommandLine
{
    public static string? PayloadFormSwitch(string? payloadForm) => payloadForm?.Trim().ToUpperInvariant() switch
    {
        "DIRECT" => S.FormDirect,
        "MANAGEDPREFERENCES" or "MCX" => S.FormManagedPreferences,
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
        builder.AppendSwitchIfNotNull(WithValue(S.Assembly), task.AssemblyPath);
        builder.AppendSwitchIfNotNull(WithValue(S.Out), task.OutputDirectory);
        builder.AppendSwitchIfNotNull(WithValue(S.List), task.FileListPath);
        builder.AppendSwitchIfNotNull(WithValue(S.Form), PayloadFormSwitch(task.PayloadForm));
        if (task.WriteBarePlist)
        {
            builder.AppendSwitch(S.BarePlist);
        }

        foreach (var config in task.AnalyzerConfigFiles)
        {
            builder.AppendSwitchIfNotNull(WithValue(S.SeverityConfig), config.GetMetadata("FullPath"));
        }

        AppendList(builder, S.NoWarn, task.NoWarn);
        AppendList(builder, S.WarningsAsErrors, task.WarningsAsErrors);
        AppendList(builder, S.WarningsNotAsErrors, task.WarningsNotAsErrors);
        if (task.TreatWarningsAsErrors)
        {
            builder.AppendSwitch(S.TreatWarningsAsErrors);
        }

        // "build.sarif,version=2.1" names the file before the comma.
        AppendIfSet(builder, S.CompilerLog, task.CompilerErrorLog?.Split(',')[0]);
        AppendIfSet(builder, S.JamfConnectVersion, task.JamfConnectVersion);
        if (!string.IsNullOrWhiteSpace(task.SigningCertificate))
        {
            AppendSigning(builder, task);
        }

        foreach (var export in task.TenantExports)
        {
            builder.AppendSwitchIfNotNull(WithValue(S.TenantExport), export.GetMetadata("FullPath"));
        }

        return builder.ToString();
    }

    private static void AppendSigning(CommandLineBuilder builder, GenerateMobileConfigs task)
    {
        builder.AppendSwitchIfNotNull(WithValue(S.SignCertificate), task.SigningCertificate!.Trim());
        AppendIfSet(builder, S.SignKey, task.SigningKey);
        // The variable's name, never its value: the host reads the password from its own environment.
        AppendIfSet(builder, S.SignPasswordVariable, task.SigningPasswordVariable);
        foreach (var chain in task.SigningChain)
        {
            builder.AppendSwitchIfNotNull(WithValue(S.SignChain), chain.GetMetadata("FullPath"));
        }

        AppendIfSet(builder, S.SignTime, task.SigningTime);
        if (task.WriteUnsigned)
        {
            builder.AppendSwitch(S.WriteUnsigned);
        }
    }

    private static void AppendIfSet(CommandLineBuilder builder, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            builder.AppendSwitchIfNotNull(WithValue(name), value!.Trim());
        }
    }

    private static void AppendList(CommandLineBuilder builder, string name, string? list)
    {
        // MSBuild lists use ';' or ','; the host splits on both.
        if (!string.IsNullOrWhiteSpace(list))
        {
            builder.AppendSwitchIfNotNull(WithValue(name), list!.Trim().Trim(';', ','));
        }
    }

    // CommandLineBuilder appends the value right after the name: the space makes it the next argument.
    private static string WithValue(string name) => name + " ";
}
