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

        // "build.sarif,version=2.1" names the file before the comma.
        AppendIfSet(builder, "--compiler-log ", task.CompilerErrorLog?.Split(',')[0]);
        AppendIfSet(builder, "--jamf-connect-version ", task.JamfConnectVersion);
        if (!string.IsNullOrWhiteSpace(task.SigningCertificate))
        {
            AppendSigning(builder, task);
        }

        return builder.ToString();
    }

    private static void AppendSigning(CommandLineBuilder builder, GenerateMobileConfigs task)
    {
        builder.AppendSwitchIfNotNull("--sign-certificate ", task.SigningCertificate!.Trim());
        AppendIfSet(builder, "--sign-key ", task.SigningKey);
        // The variable's name, never its value: the host reads the password from its own environment.
        AppendIfSet(builder, "--sign-password-variable ", task.SigningPasswordVariable);
        foreach (var chain in task.SigningChain)
        {
            builder.AppendSwitchIfNotNull("--sign-chain ", chain.GetMetadata("FullPath"));
        }

        AppendIfSet(builder, "--sign-time ", task.SigningTime);
        if (task.WriteUnsigned)
        {
            builder.AppendSwitch("--write-unsigned");
        }
    }

    private static void AppendIfSet(CommandLineBuilder builder, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            builder.AppendSwitchIfNotNull(name, value!.Trim());
        }
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
