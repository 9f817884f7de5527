using ProfileAsCode.Host.Severity;
using S = ProfileAsCode.Host.HostSwitches;

namespace ProfileAsCode.Host;

/// <summary>The host's command line (built by the MSBuild task; see ProfileAsCode.Tasks.HostCommandLine).</summary>
internal sealed class HostOptions
{
    public string AssemblyPath { get; private set; } = "";

    public string OutputDirectory { get; private set; } = "";

    public string ListPath { get; private set; } = "";

    /// <summary>Null: each profile's own <c>PayloadForm</c>.</summary>
    public PreferencePayloadForm? Form { get; private set; }

    public bool WriteBarePlist { get; private set; }

    public List<string> SeverityConfigs { get; } = new();

    public List<string> NoWarn { get; } = new();

    public List<string> WarningsAsErrors { get; } = new();

    public List<string> WarningsNotAsErrors { get; } = new();

    public bool TreatWarningsAsErrors { get; private set; }

    /// <summary>PKCS#12 or PEM; null: profiles are written unsigned.</summary>
    public string? SigningCertificate { get; private set; }

    public string? SigningKey { get; private set; }

    /// <summary>The NAME of the environment variable with the password; the host reads the value itself.</summary>
    public string? SigningPasswordVariable { get; private set; }

    public List<string> SigningChain { get; } = new();

    /// <summary>Seconds since 1970 (SOURCE_DATE_EPOCH form); null: SOURCE_DATE_EPOCH, then now.</summary>
    public string? SigningTime { get; private set; }

    /// <summary>Also write each signed profile's unsigned bytes as <c>&lt;id&gt;.unsigned.mobileconfig</c>.</summary>
    public bool WriteUnsigned { get; private set; }

    /// <summary>The compile's SARIF error log; what the analyzers reported there is not reported again.</summary>
    public string? CompilerLog { get; private set; }

    /// <summary>The Jamf Connect version the project targets (MSBuild ProfileAsCodeJamfConnectVersion), if it says.</summary>
    public string? JamfConnectVersion { get; private set; }

    /// <summary>Entra ID tenant exports (full paths); when there are any, every profile is checked against them (PAC5001–PAC5016).</summary>
    public List<string> TenantExports { get; } = new();

    public const string Usage =
        $"usage: ProfileAsCode.Host {S.Assembly} <dll> {S.Out} <dir> {S.List} <file> [{S.Form} {S.FormDirect}|{S.FormManagedPreferences}] [{S.BarePlist}]\n" +
        $"       [{S.SeverityConfig} <.editorconfig|.globalconfig>]... [{S.NoWarn} <ids>] [{S.WarningsAsErrors} <ids>]\n" +
        $"       [{S.WarningsNotAsErrors} <ids>] [{S.TreatWarningsAsErrors}] [{S.CompilerLog} <sarif>] [{S.JamfConnectVersion} <x.y>]\n" +
        $"       [{S.SignCertificate} <p12|pem> [{S.SignKey} <pem>] [{S.SignPasswordVariable} <NAME>]\n" +
        $"        [{S.SignChain} <pem>]... [{S.SignTime} <epoch seconds>] [{S.WriteUnsigned}]]\n" +
        $"       [{S.TenantExport} <json>]...";

    /// <exception cref="ArgumentException">The arguments are incomplete or unknown; the message says which.</exception>
    public static HostOptions Parse(IReadOnlyList<string> args)
    {
        var options = new HostOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case S.Assembly: options.AssemblyPath = Value(); break;
                case S.Out: options.OutputDirectory = Value(); break;
                case S.List: options.ListPath = Value(); break;
                case S.Form: options.Form = ParseForm(Value()); break;
                case S.BarePlist: options.WriteBarePlist = true; break;
                case S.SeverityConfig: options.SeverityConfigs.Add(Value()); break;
                case S.NoWarn: options.NoWarn.AddRange(SplitIds(Value())); break;
                case S.WarningsAsErrors: options.WarningsAsErrors.AddRange(SplitIds(Value())); break;
                case S.WarningsNotAsErrors: options.WarningsNotAsErrors.AddRange(SplitIds(Value())); break;
                case S.TreatWarningsAsErrors: options.TreatWarningsAsErrors = true; break;
                case S.SignCertificate: options.SigningCertificate = Value(); break;
                case S.SignKey: options.SigningKey = Value(); break;
                case S.SignPasswordVariable: options.SigningPasswordVariable = Value(); break;
                case S.SignChain: options.SigningChain.Add(Value()); break;
                case S.SignTime: options.SigningTime = Value(); break;
                case S.WriteUnsigned: options.WriteUnsigned = true; break;
                case S.CompilerLog: options.CompilerLog = Value(); break;
                case S.JamfConnectVersion: options.JamfConnectVersion = Value(); break;
                case S.TenantExport: options.TenantExports.Add(Value()); break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        foreach (var (name, value) in new[] { (S.Assembly, options.AssemblyPath), (S.Out, options.OutputDirectory), (S.List, options.ListPath) })
        {
            if (value.Length == 0)
            {
                throw new ArgumentException($"{name} is required");
            }
        }

        var signingOnly = options.SigningKey ?? options.SigningPasswordVariable ?? options.SigningTime ?? options.SigningChain.FirstOrDefault();
        if (options.SigningCertificate is null && (signingOnly is not null || options.WriteUnsigned))
        {
            throw new ArgumentException($"{S.SignKey}, {S.SignPasswordVariable}, {S.SignChain}, {S.SignTime} and {S.WriteUnsigned} need {S.SignCertificate}");
        }

        return options;
    }

    public SeverityPolicy CreateSeverityPolicy() => new(
        SeverityConfigs.Where(File.Exists).Select(AnalyzerConfigFile.Read),
        NoWarn,
        WarningsAsErrors,
        WarningsNotAsErrors,
        TreatWarningsAsErrors);

    private static PreferencePayloadForm ParseForm(string value) => value.ToLowerInvariant() switch
    {
        S.FormDirect => PreferencePayloadForm.Direct,
        S.FormManagedPreferences or "managedpreferences" => PreferencePayloadForm.ManagedPreferences,
        _ => throw new ArgumentException($"{S.Form} is '{value}'; use {S.FormDirect} or {S.FormManagedPreferences}"),
    };

    private static IEnumerable<string> SplitIds(string list) =>
        list.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
