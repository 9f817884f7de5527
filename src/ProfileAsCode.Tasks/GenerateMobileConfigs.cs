using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ProfileAsCode.Tasks;

/// <summary>
/// Runs ProfileAsCode.Host out of process, inside the user's own runtimeconfig and deps, so the
/// user's compiled profiles are evaluated by the runtime they target and no DLL stays loaded in
/// a reused MSBuild node. The host prints canonical <c>file(line,col): error PACnnnn: …</c> lines,
/// which <see cref="ToolTask"/> turns into build errors with a location.
/// </summary>
public sealed class GenerateMobileConfigs : ToolTask
{
    /// <summary>The user's compiled assembly ($(TargetPath)); its .runtimeconfig.json and .deps.json sit next to it.</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>ProfileAsCode.Host.dll (the package's tools/net8.0 folder).</summary>
    [Required]
    public string HostPath { get; set; } = "";

    [Required]
    public string OutputDirectory { get; set; } = "";

    /// <summary>The host writes one full path per line of every file it produced.</summary>
    [Required]
    public string FileListPath { get; set; } = "";

    /// <summary>$(DOTNET_HOST_PATH); when empty, the environment variable, then <c>dotnet</c> on PATH.</summary>
    public string? DotNetHostPath { get; set; }

    /// <summary>$(NuGetPackageFolders): where the user's package assemblies (our lib among them) live.</summary>
    public string[] ProbingPaths { get; set; } = Array.Empty<string>();

    /// <summary>Empty (each profile's own choice), <c>Direct</c> or <c>ManagedPreferences</c>.</summary>
    public string? PayloadForm { get; set; }

    public bool WriteBarePlist { get; set; }

    /// <summary>@(EditorConfigFiles) and @(GlobalAnalyzerConfigFiles): the analyzers' severity settings.</summary>
    public ITaskItem[] AnalyzerConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>PKCS#12 or PEM certificate (full path); empty: profiles are written unsigned.</summary>
    public string? SigningCertificate { get; set; }

    /// <summary>PEM private key (full path), when the certificate file does not hold it.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The NAME of the environment variable holding the password; only the host reads its value.</summary>
    public string? SigningPasswordVariable { get; set; }

    /// <summary>Extra chain certificates (PEM bundles or DER files).</summary>
    public ITaskItem[] SigningChain { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Signing time in seconds since 1970; empty: SOURCE_DATE_EPOCH, then now.</summary>
    public string? SigningTime { get; set; }

    public bool WriteUnsigned { get; set; }

    /// <summary>The compiler's SARIF error log ($(ErrorLog), maybe with ",version=…"): findings the analyzers reported are not repeated.</summary>
    public string? CompilerErrorLog { get; set; }

    /// <summary>$(ProfileAsCodeJamfConnectVersion): the Jamf Connect version the fleet runs, for rules that depend on it.</summary>
    public string? JamfConnectVersion { get; set; }

    /// <summary>@(ProfileAsCodeTenantExport): JSON exported from the Entra ID tenant; every profile is checked against them.</summary>
    public ITaskItem[] TenantExports { get; set; } = Array.Empty<ITaskItem>();

    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = Array.Empty<ITaskItem>();

    protected override string ToolName => Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";

    // The host's summary line goes to stdout; users should see it without raising verbosity.
    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.High;

    protected override MessageImportance StandardErrorLoggingImportance => MessageImportance.High;

    protected override string GenerateFullPathToTool() => DotNetLocator.Find(DotNetHostPath, ToolName);

    protected override bool ValidateParameters()
    {
        if (HostCommandLine.PayloadFormSwitch(PayloadForm) is null && !string.IsNullOrWhiteSpace(PayloadForm))
        {
            Log.LogError(null, "PAC9002", null, null, 0, 0, 0, 0,
                "ProfileAsCodePayloadForm is '{0}'; use Direct or ManagedPreferences (or leave it empty to let each profile choose).", PayloadForm);
            return false;
        }

        if (SigningSettingsProblem.Find(this) is { } problem)
        {
            Log.LogError(null, "PAC9003", null, null, 0, 0, 0, 0, problem);
            return false;
        }

        return base.ValidateParameters();
    }

    protected override string GenerateCommandLineCommands() => HostCommandLine.Build(this);

    public override bool Execute()
    {
        var succeeded = base.Execute();
        GeneratedFiles = GeneratedFileList.Read(FileListPath);
        return succeeded && !Log.HasLoggedErrors;
    }
}
